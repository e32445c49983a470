# generated from spec/finrota-pws/ by `cargo xtask codegen`; do not edit by hand.
# Finrota Payment Web Service (PWS) error messages (English).

## CLIENT_ERROR

finrota-pws-P001 = Invalid request parameter
finrota-pws-P002 = Unauthorized access
finrota-pws-P003 = Permission denied
finrota-pws-P004 = Record not found
finrota-pws-P005 = Transaction conflict
finrota-pws-P006 = Transaction validation error
finrota-pws-P007 = Too many requests

## SERVER_ERROR

finrota-pws-P008 = System error
finrota-pws-P009 = Bank service unavailable
finrota-pws-P010 = Timeout

## TRANSACTION_ERROR

finrota-pws-P011 = Payment failed
finrota-pws-P012 = OTP error
finrota-pws-P013 = Cancellation failed
finrota-pws-P014 = Refund failed
finrota-pws-P015 = Partial refund limit exceeded
finrota-pws-P016 = Unsupported transaction type
finrota-pws-P017 = Transaction already completed
finrota-pws-P018 = BIN undefined
finrota-pws-P019 = POS not found
finrota-pws-P020 = Exchange rate error
