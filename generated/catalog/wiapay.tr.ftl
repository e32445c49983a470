# generated from spec/wiapay/ by `cargo xtask codegen`; do not edit by hand.
# WiaPay API error messages (Turkish).

## AUTHENTICATION

wiapay-MISSING_API_KEY = X-API-Key başlığı gönderilmedi
wiapay-INVALID_API_KEY = API anahtarı geçersiz veya devre dışı
wiapay-MISSING_SIGNATURE = X-Signature başlığı gönderilmedi
wiapay-INVALID_SIGNATURE = İmza doğrulaması başarısız oldu
wiapay-MISSING_TIMESTAMP = X-Timestamp başlığı gönderilmedi
wiapay-INVALID_TIMESTAMP = Zaman damgası biçimi geçersiz
wiapay-TIMESTAMP_EXPIRED = İstek zaman damgası çok eski (>5 dk)

## AUTHORIZATION

wiapay-SITE_INACTIVE = Hesabınız askıya alınmış veya aktif değil
wiapay-IP_NOT_WHITELISTED = İstek IP'si beyaz listede değil
wiapay-INSUFFICIENT_BALANCE = Para çekme için yeterli bakiye yok

## VALIDATION

wiapay-VALIDATION_ERROR = İstek gövdesi doğrulaması başarısız oldu
wiapay-INVALID_AMOUNT = Tutar geçersiz (negatif, sıfır vb.)
wiapay-AMOUNT_OUT_OF_RANGE = Tutar banka limitlerinin dışında
wiapay-INVALID_BANK = Banka kimliği bulunamadı veya aktif değil
wiapay-INVALID_IBAN = IBAN biçimi geçersiz
wiapay-INVALID_CURRENCY = Para birimi desteklenmiyor

## RESOURCE

wiapay-TRANSACTION_NOT_FOUND = İşlem kimliği bulunamadı
wiapay-BANK_NOT_FOUND = Banka bulunamadı veya kullanılamıyor
wiapay-DUPLICATE_TRANSACTION = processId zaten mevcut

## SERVER

wiapay-INTERNAL_SERVER_ERROR = Beklenmeyen sunucu hatası
wiapay-SERVICE_UNAVAILABLE = Hizmet geçici olarak kullanılamıyor
