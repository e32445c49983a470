# generated from spec/iyzico-terminal/ by `cargo xtask codegen`; do not edit by hand.
# iyzico Terminal API error messages (English).

## TIMEOUT_ERROR

iyzico-terminal-380103 = Timeout occurred while waiting for device response!

## SYSTEM_ERROR

iyzico-terminal-100310 = Invalid token!
iyzico-terminal-100311 = Access token expired!
iyzico-terminal-380102 = You do not have access to the information of this auth device!

## BANK_ERROR

iyzico-terminal-BANK_ERROR = The error message returned by the bank is passed on.

## DEVICE_ERROR

iyzico-terminal-380201 = Terminal is currently busy, please wait for the previous operation to complete
iyzico-terminal-380202 = Techpos application could not be started. Please try again.
iyzico-terminal-380203 = Null response received from Techpos application
iyzico-terminal-380204 = Error occurred during refresh token and user session has been terminated
iyzico-terminal-380205 = Response message to be sent from device could not be created

## PAYMENT_ERROR

iyzico-terminal-PAYMENT_ERROR = The error message received from the payment service is passed on.

## BUSINESS_ERROR

iyzico-terminal-380101 = Auth Device not found! For username: { $username }
iyzico-terminal-380107 = Payment not found with paymentId: { $payment_id }
iyzico-terminal-380108 = Payment not found with id: { $id }
iyzico-terminal-380109 = Payment not found with orderId: { $order_id }
iyzico-terminal-380112 = The amount you want to cancel/refund is not available in your account. Please check your balance information.

## VALIDATION_ERROR

iyzico-terminal-380104 = Device request validation error! Details: { $details }
iyzico-terminal-380105 = Operation { $operation } is not supported for device modal: { $device_model }
iyzico-terminal-380111 = Either transactionReferenceId or paymentId must be provided.

## OAUTH_ERROR

iyzico-terminal-invalid_grant = The authorization code or refresh token is invalid, expired, revoked or already used.
iyzico-terminal-invalid_client = Client authentication failed: the client_id or client_secret is wrong.
iyzico-terminal-unsupported_response_type = The authorization server does not support this response_type; send code.
