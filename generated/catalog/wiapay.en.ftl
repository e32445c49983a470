# generated from spec/wiapay/ by `cargo xtask codegen`; do not edit by hand.
# WiaPay API error messages (English).

## AUTHENTICATION

wiapay-MISSING_API_KEY = X-API-Key header not provided
wiapay-INVALID_API_KEY = API key is invalid or disabled
wiapay-MISSING_SIGNATURE = X-Signature header not provided
wiapay-INVALID_SIGNATURE = Signature verification failed
wiapay-MISSING_TIMESTAMP = X-Timestamp header not provided
wiapay-INVALID_TIMESTAMP = Timestamp format is invalid
wiapay-TIMESTAMP_EXPIRED = Request timestamp is too old (>5 min)

## AUTHORIZATION

wiapay-SITE_INACTIVE = Your account is suspended or inactive
wiapay-IP_NOT_WHITELISTED = Request IP is not in whitelist
wiapay-INSUFFICIENT_BALANCE = Not enough balance for withdrawal

## VALIDATION

wiapay-VALIDATION_ERROR = Request body validation failed
wiapay-INVALID_AMOUNT = Amount is invalid (negative, zero, etc.)
wiapay-AMOUNT_OUT_OF_RANGE = Amount outside bank limits
wiapay-INVALID_BANK = Bank ID not found or inactive
wiapay-INVALID_IBAN = IBAN format is invalid
wiapay-INVALID_CURRENCY = Currency not supported

## RESOURCE

wiapay-TRANSACTION_NOT_FOUND = Transaction ID not found
wiapay-BANK_NOT_FOUND = Bank not found or unavailable
wiapay-DUPLICATE_TRANSACTION = processId already exists

## SERVER

wiapay-INTERNAL_SERVER_ERROR = Unexpected server error
wiapay-SERVICE_UNAVAILABLE = Service temporarily unavailable
