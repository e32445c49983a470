# generated from spec/iyzico-terminal/ by `cargo xtask codegen`; do not edit by hand.
# iyzico Terminal API error messages (Turkish).

## TIMEOUT_ERROR

iyzico-terminal-380103 = Cihaz yanıtı beklenirken zaman aşımı oluştu!

## SYSTEM_ERROR

iyzico-terminal-100310 = Geçersiz token!
iyzico-terminal-100311 = Token kullanım süresi dolmuştur!
iyzico-terminal-380102 = Auth device bilgisine erişim hakkı yoktur!

## BANK_ERROR

iyzico-terminal-BANK_ERROR = Bankadan dönen hata mesajı iletilmektedir.

## DEVICE_ERROR

iyzico-terminal-380201 = Terminal şu anda meşgul bir önceki işlemin bitmesini bekleyin
iyzico-terminal-380202 = Techpos uygulaması başlatılamadı. Lütfen tekrar deneyin.
iyzico-terminal-380203 = Techpos uygulamasından boş (null) yanıt alındı
iyzico-terminal-380204 = Refresh token sırasında hata oluştu ve kullanıcı oturumu sonlandırıldı
iyzico-terminal-380205 = Cihazdan gönderilecek yanıt mesajı oluşturulamadı

## PAYMENT_ERROR

iyzico-terminal-PAYMENT_ERROR = Payment servisinden alınan hata mesajı iletilmektedir.

## BUSINESS_ERROR

iyzico-terminal-380101 = Auth Device bulunamadı! username: { $username }
iyzico-terminal-380107 = Ödeme bulunamadı paymentId: { $payment_id }
iyzico-terminal-380108 = Ödeme bulunamadı id: { $id }
iyzico-terminal-380109 = Ödeme bulunamadı orderId: { $order_id }
iyzico-terminal-380112 = İptal/iade yapmak istediğiniz tutar hesabınızda yoktur. Lütfen bakiye bilgilerinizi kontrol ediniz.

## VALIDATION_ERROR

iyzico-terminal-380104 = Request doğrulama hatası! Detaylar: { $details }
iyzico-terminal-380105 = { $operation } işlemi { $device_model } model cihazda desteklenmemektedir
iyzico-terminal-380111 = TransactionReferenceId veya PaymentId sağlanmalıdır.

## OAUTH_ERROR

iyzico-terminal-invalid_grant = Yetkilendirme kodu veya refresh token geçersiz, süresi dolmuş, iptal edilmiş ya da daha önce kullanılmış.
iyzico-terminal-invalid_client = İstemci kimlik doğrulaması başarısız: client_id veya client_secret hatalı.
iyzico-terminal-unsupported_response_type = Yetkilendirme sunucusu bu response_type değerini desteklemiyor; response_type olarak code gönderin.
