# generated from spec/finrota-pws/ by `cargo xtask codegen`; do not edit by hand.
# Finrota Payment Web Service (PWS) error messages (Turkish).

## CLIENT_ERROR

finrota-pws-P001 = Geçersiz istek parametresi
finrota-pws-P002 = Yetkisiz erişim
finrota-pws-P003 = Yetki reddedildi
finrota-pws-P004 = Kayıt bulunamadı
finrota-pws-P005 = İşlem çakışması
finrota-pws-P006 = İşlem doğrulama hatası
finrota-pws-P007 = Çok fazla istek

## SERVER_ERROR

finrota-pws-P008 = Sistem hatası
finrota-pws-P009 = Banka servisi kullanılamıyor
finrota-pws-P010 = Zaman aşımı

## TRANSACTION_ERROR

finrota-pws-P011 = Ödeme başarısız
finrota-pws-P012 = OTP hatası
finrota-pws-P013 = İptal başarısız
finrota-pws-P014 = İade başarısız
finrota-pws-P015 = Kısmi iade limiti aşıldı
finrota-pws-P016 = Desteklenmeyen işlem tipi
finrota-pws-P017 = İşlem zaten tamamlandı
finrota-pws-P018 = BIN tanımsız
finrota-pws-P019 = POS bulunamadı
finrota-pws-P020 = Kur hatası
