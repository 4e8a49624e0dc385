"""The GUI's message catalogue: code → template, each wrapped for Qt's translation tools.

The same codes and templates as app/messages_en.py (tests/unit/test_messages.py keeps them in
step); ui/messages.py translates a template and fills its ``{name}`` fields. A translator keeps
each ``{name}`` (it may move it).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTEXT = "Messages"
TERMS_CONTEXT = "AppTexts"

TEMPLATES: dict[str, str] = {
    "text": "{text}",
    "no_shop_named": QT_TRANSLATE_NOOP("Messages", "no shop named {name!r}"),
    "amazon_shop_needs_marketplace_id": QT_TRANSLATE_NOOP(
        "Messages", "the Amazon shop needs its marketplace id (e.g. A1PA6795UKMFR9 for amazon.de)"
    ),
    "amazon_account_needs_lwa_client": QT_TRANSLATE_NOOP(
        "Messages", "the Amazon account needs its LWA client id, client secret and refresh token"
    ),
    "unknown_amazon_region_na_eu": QT_TRANSLATE_NOOP("Messages", "unknown Amazon region {region!r} (na, eu or fe)"),
    "px_account_needs_app_key": QT_TRANSLATE_NOOP(
        "Messages", "the 4PX account needs its app key and app secret (secrets)"
    ),
    "sent_answer_not_usual_envelope": QT_TRANSLATE_NOOP(
        "Messages", "{carrier} sent an answer that is not its usual envelope"
    ),
    "remote_timed_out": QT_TRANSLATE_NOOP("Messages", "{what} did not answer in time"),
    "sends_label_only_when_shipment": QT_TRANSLATE_NOOP(
        "Messages",
        "{name} sends the label only when the shipment is booked: void waybill {shipment_id} and request it again",
    ),
    "remote_could_not": QT_TRANSLATE_NOOP("Messages", "{name} could not {what} {reference}: {text}"),
    "booked_shipment_but_sent_no": QT_TRANSLATE_NOOP("Messages", "{carrier} booked the shipment but sent no label"),
    "account_needs_secrets": QT_TRANSLATE_NOOP("Messages", "the {names} account needs {missing} (secrets)"),
    "karrio_carrier_not_supported_known": QT_TRANSLATE_NOOP(
        "Messages", "karrio carrier {kind!r} is not supported (known: {names})"
    ),
    "sent_label_not_base": QT_TRANSLATE_NOOP("Messages", "{carrier} sent a label that is not base64"),
    "remote_unreachable": QT_TRANSLATE_NOOP("Messages", "{name} cannot be reached ({reason})"),
    "remote_dropped": QT_TRANSLATE_NOOP("Messages", "{name} dropped the connection"),
    "remote_dropped_before_answer": QT_TRANSLATE_NOOP("Messages", "{name} dropped the connection before answering"),
    "sent_empty_label": QT_TRANSLATE_NOOP("Messages", "{carrier} sent an empty label"),
    "sent_not_printable_label_starts": QT_TRANSLATE_NOOP(
        "Messages", "{carrier} sent a {what} that is not a printable label (it starts with {data!r})"
    ),
    "said_label_but_sent": QT_TRANSLATE_NOOP("Messages", "{carrier} said the label is {claimed} but sent {found}"),
    "sent_truncated_pdf_label": QT_TRANSLATE_NOOP("Messages", "{carrier} sent a truncated PDF label"),
    "sent_truncated_png_label": QT_TRANSLATE_NOOP("Messages", "{carrier} sent a truncated PNG label"),
    "marketplace_has_no_connector_known": QT_TRANSLATE_NOOP(
        "Messages", "marketplace {kind!r} has no connector (known: {marketplaces})"
    ),
    "carrier_has_no_connector_known": QT_TRANSLATE_NOOP(
        "Messages", "carrier {kind!r} has no connector (known: {carriers})"
    ),
    "needs_karrio_carrier_sdk_install": QT_TRANSLATE_NOOP(
        "Messages", "{kind} needs the karrio carrier SDK: install the carriers extra: uv sync --extra carriers"
    ),
    "shopify_shop_needs_admin_api": QT_TRANSLATE_NOOP("Messages", "the Shopify shop needs its Admin API access token"),
    "shopify_shop_needs_domain_your": QT_TRANSLATE_NOOP(
        "Messages", "the Shopify shop needs its domain (your-shop.myshopify.com)"
    ),
    "carrier_has_no_shipment": QT_TRANSLATE_NOOP("Messages", "the carrier has no shipment {shipment_id}"),
    "marketplace_gave_no_access_token": QT_TRANSLATE_NOOP("Messages", "the marketplace gave no access token"),
    "sent_unreadable_time": QT_TRANSLATE_NOOP("Messages", "{who} sent an unreadable time {value!r}"),
    "yanwen_account_needs_user_id": QT_TRANSLATE_NOOP(
        "Messages", "the Yanwen account needs its user id (settings) and API token (secrets)"
    ),
    "yunexpress_account_needs_customer_code": QT_TRANSLATE_NOOP(
        "Messages", "the YunExpress account needs its customer code (settings) and API secret (secrets)"
    ),
    "sent_answer_not_json_object": QT_TRANSLATE_NOOP("Messages", "{carrier} sent an answer that is not a JSON object"),
    "system_keyring_refused_store_secrets": QT_TRANSLATE_NOOP(
        "Messages", "the system keyring refused to store the secrets ({error}): unlock it and try again"
    ),
    "parcel_already_has_waybill_customs": QT_TRANSLATE_NOOP(
        "Messages", "parcel {number} already has a waybill: its customs data went to the carrier"
    ),
    "no_customs_line": QT_TRANSLATE_NOOP("Messages", "no customs line {line_id}"),
    "no_product": QT_TRANSLATE_NOOP("Messages", "no product {sku}"),
    "destination_must_two_letter_country": QT_TRANSLATE_NOOP(
        "Messages", "destination {destination} must be a two-letter country code or EU"
    ),
    "tax_id_kind_must_one": QT_TRANSLATE_NOOP("Messages", "tax id kind must be one of {tax_kinds}"),
    "tax_id_needs_number": QT_TRANSLATE_NOOP("Messages", "a tax id needs a number"),
    "ioss_number_must_im_followed": QT_TRANSLATE_NOOP(
        "Messages", "IOSS number {number} must be IM followed by 10 digits"
    ),
    "ioss_number_eu_destinations": QT_TRANSLATE_NOOP("Messages", "an IOSS number is for EU destinations"),
    "no_tax_id": QT_TRANSLATE_NOOP("Messages", "no tax id {tax_id}"),
    "not_customs_field": QT_TRANSLATE_NOOP("Messages", "{key} is not a customs field"),
    "hs_code_must_digits": QT_TRANSLATE_NOOP("Messages", "HS code {raw} must be 6 to 10 digits"),
    "customs_value_must_above_zero": QT_TRANSLATE_NOOP("Messages", "a customs value must be above zero"),
    "value_not_number": QT_TRANSLATE_NOOP("Messages", "value {raw} is not a number"),
    "field_too_small": QT_TRANSLATE_NOOP("Messages", "{key} {raw} is too small"),
    "not_whole_number": QT_TRANSLATE_NOOP("Messages", "{raw} is not a whole number"),
    "origin_country_must_two_letter": QT_TRANSLATE_NOOP(
        "Messages", "origin country {raw} must be a two-letter code such as CN"
    ),
    "english_description_required": QT_TRANSLATE_NOOP("Messages", "an English description is required"),
    "no_handover_batch": QT_TRANSLATE_NOOP("Messages", "no handover batch {batch_id}"),
    "cannot_write": QT_TRANSLATE_NOOP("Messages", "cannot write {path}: {value}"),
    "handover_batch_already_closed": QT_TRANSLATE_NOOP("Messages", "this handover batch is already closed"),
    "printed_parcels_were_not_scanned": QT_TRANSLATE_NOOP(
        "Messages", "{count} printed parcels for {carrier} were not scanned: find them, or close the batch without them"
    ),
    "no_carrier_account": QT_TRANSLATE_NOOP("Messages", "no carrier account {carrier_account_id}"),
    "handover_batch_closed_open_new": QT_TRANSLATE_NOOP("Messages", "this handover batch is closed: open a new one"),
    "unknown_text_encoding": QT_TRANSLATE_NOOP("Messages", "unknown text encoding {name!r}"),
    "file_not_valid_text_byte": QT_TRANSLATE_NOOP(
        "Messages", "the file is not valid {name} text (byte {count}); choose another encoding"
    ),
    "name_shop_orders_belong": QT_TRANSLATE_NOOP("Messages", "name the shop the orders belong to"),
    "no_import_format_preset_named": QT_TRANSLATE_NOOP(
        "Messages", "no import format or preset named {key!r} (amazon, shopify, or a saved preset)"
    ),
    "file_empty": QT_TRANSLATE_NOOP("Messages", "{filename} is empty"),
    "old_excel_xls_file_save": QT_TRANSLATE_NOOP(
        "Messages", "{filename} is an old Excel .xls file; save it as .xlsx or CSV and import that"
    ),
    "does_not_look_like_csv": QT_TRANSLATE_NOOP("Messages", "{filename} does not look like a CSV, text or Excel file"),
    "cannot_read": QT_TRANSLATE_NOOP("Messages", "cannot read {filename}: {value}"),
    "has_no_header_row": QT_TRANSLATE_NOOP("Messages", "{filename} has no header row"),
    "file_has_no_header_row": QT_TRANSLATE_NOOP("Messages", "the file has no header row"),
    "not_readable_excel_xlsx_file": QT_TRANSLATE_NOOP("Messages", "{filename} is not a readable Excel (.xlsx) file"),
    "has_no_worksheet": QT_TRANSLATE_NOOP("Messages", "{filename} has no worksheet"),
    "unknown_label_language_use": QT_TRANSLATE_NOOP("Messages", "unknown label language {language!r}: use {languages}"),
    "not_label_file_use_pdf": QT_TRANSLATE_NOOP("Messages", "{name} is not a label file: use a PDF, PNG or ZPL file"),
    "not_a_label": QT_TRANSLATE_NOOP("Messages", "{name} is not a label: {expected}"),
    "named_as_but_holds": QT_TRANSLATE_NOOP("Messages", "{name} is named as {claimed} but holds {found}"),
    "label_template_cannot_used": QT_TRANSLATE_NOOP("Messages", "label template {template!r} cannot be used: {error}"),
    "name_marketplace_sku_pair": QT_TRANSLATE_NOOP("Messages", "name the marketplace SKU to pair"),
    "pick_at_least_one_product": QT_TRANSLATE_NOOP("Messages", "pick at least one product to pair with"),
    "no_shop": QT_TRANSLATE_NOOP("Messages", "no shop {shop_id}"),
    "no_pairing": QT_TRANSLATE_NOOP("Messages", "no pairing for {marketplace_sku}"),
    "paired_quantity_at_least": QT_TRANSLATE_NOOP("Messages", "a paired quantity is at least 1"),
    "unpaired_sku": QT_TRANSLATE_NOOP("Messages", "unpaired SKU {missing}"),
    "order_split_when_approving": QT_TRANSLATE_NOOP("Messages", "order {number} is {queue}: split it when approving"),
    "order_merged_with_another_order": QT_TRANSLATE_NOOP(
        "Messages", "order {number} is merged with another order: unmerge it first"
    ),
    "pick_two_more_orders_merge": QT_TRANSLATE_NOOP("Messages", "pick two or more orders to merge"),
    "parcel_split_empty": QT_TRANSLATE_NOOP("Messages", "parcel {index} of the split is empty"),
    "line_has_ship_but_split": QT_TRANSLATE_NOOP(
        "Messages", "line {sku} has {quantity} to ship but the split puts {given} in parcels"
    ),
    "order_already_has_waybill_parcels": QT_TRANSLATE_NOOP(
        "Messages", "order {number} already has a waybill: parcels cannot change any more"
    ),
    "orders_are_from_different_shops": QT_TRANSLATE_NOOP(
        "Messages", "orders {number} and {number2} are from different shops"
    ),
    "orders_go_different_addresses": QT_TRANSLATE_NOOP(
        "Messages", "orders {number} and {number2} go to different addresses"
    ),
    "order_already_merged_unmerge_first": QT_TRANSLATE_NOOP(
        "Messages", "order {number} is already merged: unmerge it first"
    ),
    "order_only_open_orders_merge": QT_TRANSLATE_NOOP("Messages", "order {number} is {queue}: only open orders merge"),
    "line_not_line_order": QT_TRANSLATE_NOOP("Messages", "line {line_id} is not a line of this order"),
    "quantity_split_cannot_negative": QT_TRANSLATE_NOOP("Messages", "a quantity in a split cannot be negative"),
    "not_number_like_rr_cn": QT_TRANSLATE_NOOP("Messages", "{where}: {text!r} is not an S10 number like RR12345678CN"),
    "has_wrong_check_digit_should": QT_TRANSLATE_NOOP(
        "Messages", "{where}: {text} has a wrong check digit (should be {digit})"
    ),
    "file_has_no_number_ranges": QT_TRANSLATE_NOOP("Messages", "the file has no number ranges"),
    "no_tracking_numbers_left_pool": QT_TRANSLATE_NOOP(
        "Messages", "no tracking numbers left in a pool for this carrier and service; import a new range"
    ),
    "parcel_already_has_waybill_past": QT_TRANSLATE_NOOP(
        "Messages", "parcel {number} already has a waybill or is past the Waybill queue"
    ),
    "waybill_request_way_carrier_wait": QT_TRANSLATE_NOOP(
        "Messages", "the waybill request for {number} is on its way to the carrier; wait for its answer"
    ),
    "parcel_has_no_shipping_method": QT_TRANSLATE_NOOP("Messages", "parcel {number} has no shipping method"),
    "range_ends_before_starts": QT_TRANSLATE_NOOP("Messages", "{where}: the range ends before it starts"),
    "numbers_overlap_pool_already_imported": QT_TRANSLATE_NOOP(
        "Messages", "numbers {numbers} overlap a pool already imported (pool {pool})"
    ),
    "expected_prefix_start_end_suffix": QT_TRANSLATE_NOOP(
        "Messages", "{where}: expected prefix,start,end,suffix, got {line!r}"
    ),
    "prefix_suffix_must_letters_got": QT_TRANSLATE_NOOP(
        "Messages", "{where}: prefix and suffix must be 2 letters, got {prefix!r} and {suffix!r}"
    ),
    "start_end_must_serials_up": QT_TRANSLATE_NOOP(
        "Messages", "{where}: start and end must be serials of up to 8 digits"
    ),
    "expected_first_last_like_rr": QT_TRANSLATE_NOOP(
        "Messages", "{where}: expected FIRST-LAST like RR12345678CN-RR12345999CN, got {line!r}"
    ),
    "both_ends_must_share_letters": QT_TRANSLATE_NOOP(
        "Messages", "{where}: both ends must share the letters ({p1}…{s1} vs {p2}…{s2})"
    ),
    "no_print_job": QT_TRANSLATE_NOOP("Messages", "no print job {job_id}"),
    "print_order_must_one": QT_TRANSLATE_NOOP("Messages", "print order must be one of {orders}"),
    "nothing_print": QT_TRANSLATE_NOOP("Messages", "nothing to print"),
    "print_job_already_finished": QT_TRANSLATE_NOOP("Messages", "print job {job_id} already finished"),
    "parcel_was_already_printed_reprint": QT_TRANSLATE_NOOP(
        "Messages", "parcel {number} was already printed: a reprint needs a reason"
    ),
    "order_not_merged_with_another": QT_TRANSLATE_NOOP("Messages", "order {number} is not merged with another order"),
    "order_merged_unmerge_before_hold": QT_TRANSLATE_NOOP(
        "Messages", "order {number} is merged with another order: unmerge it before holding it"
    ),
    "order_already_has_waybill_void": QT_TRANSLATE_NOOP(
        "Messages", "order {number} already has a waybill; void it before holding the order"
    ),
    "rule_conditions_must_list_objects": QT_TRANSLATE_NOOP(
        "Messages", "a rule's conditions must be a list of objects, each with a kind"
    ),
    "rule_actions_must_list_objects": QT_TRANSLATE_NOOP(
        "Messages", "a rule's actions must be a list of objects, each with a kind"
    ),
    "rule_needs_at_least_one": QT_TRANSLATE_NOOP("Messages", "a rule needs at least one action"),
    "unknown_condition_known": QT_TRANSLATE_NOOP("Messages", "unknown condition {kind!r}; known: {condition_kinds}"),
    "condition_needs_list_values": QT_TRANSLATE_NOOP("Messages", "the {kind} condition needs a list of values"),
    "sku_contains_condition_needs_text": QT_TRANSLATE_NOOP("Messages", "the SKU-contains condition needs a text"),
    "tags_condition_needs_tags_any": QT_TRANSLATE_NOOP("Messages", "the tags condition needs tags (any or all)"),
    "ship_by_condition_needs_number": QT_TRANSLATE_NOOP("Messages", "the ship-by condition needs a number of hours"),
    "unknown_action_known": QT_TRANSLATE_NOOP("Messages", "unknown action {kind!r}; known: {action_kinds}"),
    "set_method_action_needs_shipping": QT_TRANSLATE_NOOP("Messages", "the set-method action needs a shipping method"),
    "hold_needs_reason": QT_TRANSLATE_NOOP("Messages", "a hold needs a reason"),
    "add_tag_action_needs_tag": QT_TRANSLATE_NOOP("Messages", "the add-tag action needs a tag"),
    "customs_action_needs_at_least": QT_TRANSLATE_NOOP(
        "Messages", "the customs action needs at least one default (description, HS code, value)"
    ),
    "customs_value_not_number": QT_TRANSLATE_NOOP("Messages", "the customs value is not a number: {value!r}"),
    "condition_needs_minimum_maximum": QT_TRANSLATE_NOOP(
        "Messages", "the {kind} condition needs a minimum or a maximum"
    ),
    "condition_not_number": QT_TRANSLATE_NOOP("Messages", "the {kind} condition's {bound} is not a number: {value!r}"),
    "no_order": QT_TRANSLATE_NOOP("Messages", "no order {order_id}"),
    "no_parcel": QT_TRANSLATE_NOOP("Messages", "no parcel {missing}"),
    "carrier_account_needs_name": QT_TRANSLATE_NOOP("Messages", "a carrier account needs a name"),
    "unknown_shipping_method_field": QT_TRANSLATE_NOOP("Messages", "unknown shipping method field {unknown}"),
    "shipping_method_needs_carrier_service": QT_TRANSLATE_NOOP(
        "Messages", "a shipping method needs the carrier's service code"
    ),
    "maximum_weight_must_more_than": QT_TRANSLATE_NOOP(
        "Messages", "the maximum weight must be more than 0 g (or empty for none)"
    ),
    "void_needs_reason": QT_TRANSLATE_NOOP("Messages", "a void needs a reason"),
    "weight_must_between_kg": QT_TRANSLATE_NOOP("Messages", "the weight must be between 1 g and 1,000 kg"),
    "not_tracking_number_letters_digits": QT_TRANSLATE_NOOP(
        "Messages", "{number!r} is not a tracking number (4–64 letters and digits)"
    ),
    "looks_like_number_but_check": QT_TRANSLATE_NOOP(
        "Messages", "{number} looks like a {value} number but its check digit is wrong"
    ),
    "choose_cheapest_fastest_method": QT_TRANSLATE_NOOP("Messages", "choose the cheapest or the fastest method"),
    "there_already_carrier_account_called": QT_TRANSLATE_NOOP(
        "Messages", "there is already a carrier account called {name}"
    ),
    "still_has_shipping_methods_delete": QT_TRANSLATE_NOOP(
        "Messages", "{name} still has shipping methods; delete them first"
    ),
    "unknown_customs_field": QT_TRANSLATE_NOOP("Messages", "unknown customs field {field}"),
    "no_shipping_method": QT_TRANSLATE_NOOP("Messages", "no shipping method {method_id}"),
    "used_by_orders_choose_another": QT_TRANSLATE_NOOP(
        "Messages", "{name} is used by orders; choose another method for them first"
    ),
    "parcel_has_waybill_void_before": QT_TRANSLATE_NOOP(
        "Messages", "parcel {number} has a waybill; void it before changing its weight"
    ),
    "already_tracking_number_parcel": QT_TRANSLATE_NOOP(
        "Messages", "{number} is already the tracking number of parcel {number2}"
    ),
    "parcel_void_waybill_first": QT_TRANSLATE_NOOP("Messages", "parcel {number} is {status}; void its waybill first"),
    "parcel_has_carrier_waybill_one": QT_TRANSLATE_NOOP(
        "Messages", "parcel {number} has a carrier waybill (or one on its way); void it first"
    ),
    "parcel_has_no_tracking_number": QT_TRANSLATE_NOOP(
        "Messages", "parcel {number} has no tracking number yet; enter it with the label"
    ),
    "parcel_label_cannot_change": QT_TRANSLATE_NOOP("Messages", "parcel {number} is {status}; its label cannot change"),
    "no_tracking_pool": QT_TRANSLATE_NOOP("Messages", "no tracking pool {pool_id}"),
    "numbers_pool_are_parcels_can": QT_TRANSLATE_NOOP(
        "Messages", "numbers of this pool are on parcels; it can only be used up"
    ),
    "new_shipping_method_needs_service": QT_TRANSLATE_NOOP(
        "Messages", "a new shipping method needs a service code and a name"
    ),
    "waybill_request_way_try_again": QT_TRANSLATE_NOOP(
        "Messages", "the waybill request for {number} is on its way; try again in a moment"
    ),
    "preset_needs_name_characters": QT_TRANSLATE_NOOP("Messages", "a preset needs a name of 1 to 80 characters"),
    "built_format_choose_another_name": QT_TRANSLATE_NOOP(
        "Messages", "{name} is a built-in format; choose another name"
    ),
    "no_preset_named": QT_TRANSLATE_NOOP("Messages", "no preset named {name!r}"),
    "note_must_one": QT_TRANSLATE_NOOP("Messages", "note must be one of {note_kinds}"),
    "tax_id_belongs_shop": QT_TRANSLATE_NOOP("Messages", "a tax id belongs to a shop"),
    "order_address_cannot_change": QT_TRANSLATE_NOOP(
        "Messages", "order {number} is {queue}: its address cannot change"
    ),
    "no_label_template": QT_TRANSLATE_NOOP("Messages", "no label template {template!r}"),
    "documents_are_pdf_laser_printer": QT_TRANSLATE_NOOP(
        "Messages", "documents are PDF (laser printer) or ESC/POS (80 mm)"
    ),
    "no_printer": QT_TRANSLATE_NOOP("Messages", "no printer {printer_id}"),
    "printer_already_called": QT_TRANSLATE_NOOP("Messages", "a printer is already called {name!r}"),
    "receive_quantity_more": QT_TRANSLATE_NOOP("Messages", "receive a quantity of 1 or more"),
    "product_needs": QT_TRANSLATE_NOOP("Messages", "a product needs a {value}"),
    "new_product_needs_sku_name": QT_TRANSLATE_NOOP("Messages", "a new product needs a SKU and a name"),
    "another_product_already_has_sku": QT_TRANSLATE_NOOP("Messages", "another product already has the SKU {sku}"),
    "field_negative": QT_TRANSLATE_NOOP("Messages", "{key} cannot be negative"),
    "barcode_already_belongs_another_product": QT_TRANSLATE_NOOP(
        "Messages", "barcode {code} already belongs to another product"
    ),
    "field_not_whole_number": QT_TRANSLATE_NOOP("Messages", "{key} must be a whole number"),
    "declared_value_must_above_zero": QT_TRANSLATE_NOOP("Messages", "a declared value must be above zero"),
    "declared_value_not_number": QT_TRANSLATE_NOOP("Messages", "declared value {text} is not a number"),
    "field_letters": QT_TRANSLATE_NOOP("Messages", "{key} {raw} must be {size} letters"),
    "rule_needs_name": QT_TRANSLATE_NOOP("Messages", "a rule needs a name"),
    "no_rule": QT_TRANSLATE_NOOP("Messages", "no rule {rule_id}"),
    "account_settings_must_json_object": QT_TRANSLATE_NOOP(
        "Messages", 'account settings must be a JSON object like {{"seller_id": "A1B2"}}'
    ),
    "looks_like_secret_enter_secret": QT_TRANSLATE_NOOP(
        "Messages", "{key!r} looks like a secret: enter it in the secret fields, which go to the keyring"
    ),
    "shop_needs_name": QT_TRANSLATE_NOOP("Messages", "the shop needs a name"),
    "enter_new_tracking_number": QT_TRANSLATE_NOOP("Messages", "enter the new tracking number"),
    "there_already_shop_called": QT_TRANSLATE_NOOP("Messages", "there is already a shop called {name}"),
    "connector_cannot_test_connection": QT_TRANSLATE_NOOP("Messages", "the {kind} connector cannot test a connection"),
    "no_job": QT_TRANSLATE_NOOP("Messages", "no job {missing}"),
    "parcel_not_shipped_yet_change": QT_TRANSLATE_NOOP(
        "Messages", "parcel {number} is not shipped yet: change its waybill instead"
    ),
    "parcel_already_has_tracking_number": QT_TRANSLATE_NOOP(
        "Messages", "parcel {number} already has tracking number {new_number}"
    ),
    "job_only_failed_cancelled_jobs": QT_TRANSLATE_NOOP(
        "Messages", "job {job_id} is {state}: only failed or cancelled jobs are retried"
    ),
    "job_may_already_have_reached": QT_TRANSLATE_NOOP(
        "Messages", "job {id} may already have reached the {value}; it is being looked up and cannot be cancelled"
    ),
    "job_already_done": QT_TRANSLATE_NOOP("Messages", "job {id} is already done"),
    "stock_adjustment_needs_reason": QT_TRANSLATE_NOOP("Messages", "a stock adjustment needs a reason"),
    "reason_required": QT_TRANSLATE_NOOP("Messages", "a reason is required"),
    "no_parcel_has_code": QT_TRANSLATE_NOOP("Messages", "no parcel has the code {value}"),
    "parcel_not_intercepted_scan_normally": QT_TRANSLATE_NOOP(
        "Messages", "parcel {number} is {status}, not intercepted: scan it normally"
    ),
    "waybill_was_already_voided_at": QT_TRANSLATE_NOOP(
        "Messages", "the waybill of {number} was already voided at the carrier: request a new waybill"
    ),
    "nothing_undo_station_last_scan": QT_TRANSLATE_NOOP(
        "Messages", "nothing to undo: this station's last scan-out is already undone"
    ),
    "marketplace_was_already_told_parcel": QT_TRANSLATE_NOOP(
        "Messages", "the marketplace was already told parcel {number} shipped; correct it there"
    ),
    "wrong_pin": QT_TRANSLATE_NOOP("Messages", "wrong PIN"),
    "pin_digits": QT_TRANSLATE_NOOP("Messages", "a PIN is 4 to 12 digits"),
    "unknown_role_use": QT_TRANSLATE_NOOP("Messages", "unknown role {role!r}: use {roles}"),
    "user_needs_name": QT_TRANSLATE_NOOP("Messages", "a user needs a name"),
    "role_too_low": QT_TRANSLATE_NOOP("Messages", "{name} is a {role}: this needs a {role2}"),
    "parcel_already_verified_scan_next": QT_TRANSLATE_NOOP(
        "Messages", "this parcel is already verified: scan the next parcel"
    ),
    "override_needs_reason": QT_TRANSLATE_NOOP("Messages", "an override needs a reason"),
    "scale_reads_nothing_put_parcel": QT_TRANSLATE_NOOP(
        "Messages", "the scale reads nothing: put the parcel on the scale"
    ),
    "parcel_gone": QT_TRANSLATE_NOOP("Messages", "parcel {parcel_number} is gone"),
    "parcel_shipped_waybill_can_no": QT_TRANSLATE_NOOP(
        "Messages", "parcel {number} is shipped; its waybill can no longer be voided"
    ),
    "parcel_has_no_waybill_void": QT_TRANSLATE_NOOP("Messages", "parcel {number} has no waybill to void"),
    "waybill_request_way_carrier_try": QT_TRANSLATE_NOOP(
        "Messages", "the waybill request for {number} is on its way to the carrier; try again in a moment"
    ),
    "remote_answered": QT_TRANSLATE_NOOP("Messages", "{what} answered {status}: {text}"),
    "remote_dropped_before_answer_detail": QT_TRANSLATE_NOOP(
        "Messages", "{what} dropped the connection before answering ({reason})"
    ),
    "remote_failed_mid_request": QT_TRANSLATE_NOOP("Messages", "{what} failed mid-request ({reason})"),
    "remote_refused_credentials": QT_TRANSLATE_NOOP(
        "Messages", "{what} refused the credentials ({text}); check the account's keys"
    ),
    "remote_dropped_detail": QT_TRANSLATE_NOOP("Messages", "{what} dropped the connection ({reason})"),
    "remote_failed": QT_TRANSLATE_NOOP("Messages", "{what} failed ({reason})"),
    "rule_sku_not_paired": QT_TRANSLATE_NOOP("Messages", "SKU {sku} is not paired to a product"),
    "rule_product_no_weight": QT_TRANSLATE_NOOP("Messages", "product {sku} has no weight"),
    "rule_shop_in": QT_TRANSLATE_NOOP("Messages", "shop {shop} in {wanted}"),
    "rule_shop_not_in": QT_TRANSLATE_NOOP("Messages", "shop {shop} not in {wanted}"),
    "rule_country_in": QT_TRANSLATE_NOOP("Messages", "country {country} in {wanted}"),
    "rule_country_not_in": QT_TRANSLATE_NOOP("Messages", "country {country} not in {wanted}"),
    "rule_weight_unknown": QT_TRANSLATE_NOOP("Messages", "weight unknown ({problem})"),
    "rule_weight_in": QT_TRANSLATE_NOOP("Messages", "weight {grams} g in {range}"),
    "rule_weight_not_in": QT_TRANSLATE_NOOP("Messages", "weight {grams} g not in {range}"),
    "rule_total_other_currency": QT_TRANSLATE_NOOP("Messages", "total is in {currency}, not {wanted}"),
    "rule_total_in": QT_TRANSLATE_NOOP("Messages", "total {total:.2f} {currency} in {range}"),
    "rule_total_not_in": QT_TRANSLATE_NOOP("Messages", "total {total:.2f} {currency} not in {range}"),
    "rule_sku_in_list": QT_TRANSLATE_NOOP("Messages", "SKU {sku} in the list"),
    "rule_no_sku_in": QT_TRANSLATE_NOOP("Messages", "no SKU in {wanted} (has {skus})"),
    "rule_sku_contains": QT_TRANSLATE_NOOP("Messages", "SKU {sku} contains {text!r}"),
    "rule_no_sku_contains": QT_TRANSLATE_NOOP("Messages", "no SKU contains {text!r} (has {skus})"),
    "rule_items_in": QT_TRANSLATE_NOOP("Messages", "{items} items in {range}"),
    "rule_items_not_in": QT_TRANSLATE_NOOP("Messages", "{items} items not in {range}"),
    "rule_any_of": QT_TRANSLATE_NOOP("Messages", "any of {tags}"),
    "rule_all_of": QT_TRANSLATE_NOOP("Messages", "all of {tags}"),
    "rule_tags_have": QT_TRANSLATE_NOOP("Messages", "tags {tags} have {want}"),
    "stock_policy_choices": QT_TRANSLATE_NOOP("Messages", "stock policy is block, warn or ignore"),
    "rule_service_in": QT_TRANSLATE_NOOP("Messages", "service {service} in {wanted}"),
    "rule_service_not_in": QT_TRANSLATE_NOOP("Messages", "service {service} not in {wanted}"),
    "rule_tags_lack": QT_TRANSLATE_NOOP("Messages", "tags {tags} lack {want}"),
    "rule_buyer_note_present": QT_TRANSLATE_NOOP("Messages", "buyer note present"),
    "rule_no_buyer_note": QT_TRANSLATE_NOOP("Messages", "no buyer note"),
    "rule_no_ship_by": QT_TRANSLATE_NOOP("Messages", "no ship-by date"),
    "rule_overdue_by": QT_TRANSLATE_NOOP("Messages", "overdue by {hours:.1f} h"),
    "rule_due_in": QT_TRANSLATE_NOOP("Messages", "due in {hours:.1f} h"),
    "rule_within_hours": QT_TRANSLATE_NOOP("Messages", "within {hours} h"),
    "rule_ship_by": QT_TRANSLATE_NOOP("Messages", "ship-by {when}: {limit}"),
    "rule_ship_by_not": QT_TRANSLATE_NOOP("Messages", "ship-by {when}: not {limit}"),
    "rule_unknown_condition": QT_TRANSLATE_NOOP("Messages", "unknown condition {kind!r}"),
    "rule_unknown_method": QT_TRANSLATE_NOOP("Messages", "unknown method {method!r}"),
    "rule_on_hold": QT_TRANSLATE_NOOP("Messages", "on hold: {reason}"),
    "columns_match_neither_amazon_nor": QT_TRANSLATE_NOOP(
        "Messages", "the columns match neither Amazon nor Shopify nor a saved preset; map the columns"
    ),
    "longer_than_characters": QT_TRANSLATE_NOOP("Messages", "longer than {limit} characters"),
    "required_column_missing": QT_TRANSLATE_NOOP("Messages", "required column missing ({label})"),
    "longer_than_characters_count": QT_TRANSLATE_NOOP("Messages", "longer than {limit} characters ({count})"),
    "line_repeats_row": QT_TRANSLATE_NOOP("Messages", "line {line_id!r} repeats row {seen_ids}"),
    "bad_money": QT_TRANSLATE_NOOP("Messages", "bad money: {problem}"),
    "inconsistent_order_fields_here_but": QT_TRANSLATE_NOOP(
        "Messages", "inconsistent order fields: {value!r} here but {other!r} in row {row}"
    ),
    "bad_quantity": QT_TRANSLATE_NOOP("Messages", "bad quantity: {problem}"),
    "bad_pack_quantity_write_codex": QT_TRANSLATE_NOOP("Messages", "bad pack quantity in {part!r} (write CODEx6)"),
    "not_barcode": QT_TRANSLATE_NOOP("Messages", "not a barcode: {part!r}"),
    "sku_already_row": QT_TRANSLATE_NOOP("Messages", "SKU {sku} is already in row {row}"),
    "missing_required_value_name_new": QT_TRANSLATE_NOOP(
        "Messages", "missing required value (name) for the new product {sku}"
    ),
    "barcode_already_belongs": QT_TRANSLATE_NOOP("Messages", "barcode {code} already belongs to {owner}"),
    "required_column_missing_bare": QT_TRANSLATE_NOOP("Messages", "required column missing"),
    "no_shop_named_plain": QT_TRANSLATE_NOOP("Messages", "no shop named {shop_name}"),
    "already_paired_row": QT_TRANSLATE_NOOP("Messages", "{sku} is already paired to {msku} in row {row}"),
    "no_product_with_sku": QT_TRANSLATE_NOOP("Messages", "no product with SKU {sku}"),
    "barcode_also_given_row": QT_TRANSLATE_NOOP("Messages", "barcode {code} is also given to {product} in row {row}"),
    "more_problems_not_listed": QT_TRANSLATE_NOOP("Messages", "{count} more problems not listed"),
    "has_cells_but_header_row": QT_TRANSLATE_NOOP(
        "Messages", "has {count} cells but the header row has {width}; is a delimiter or quote wrong?"
    ),
    "cannot_read_as_csv_quote": QT_TRANSLATE_NOOP("Messages", "cannot be read as CSV ({error}); is a quote missing?"),
    "not_yes_no": QT_TRANSLATE_NOOP("Messages", "not yes/no: {text!r}"),
    "not_amount_money": QT_TRANSLATE_NOOP("Messages", "not an amount of money: {raw!r}"),
    "import_not_whole_number": QT_TRANSLATE_NOOP("Messages", "not a whole number: {raw!r}"),
    "quantity_must_between_not": QT_TRANSLATE_NOOP("Messages", "quantity must be between 1 and 100000, not {raw}"),
    "must_between_not": QT_TRANSLATE_NOOP("Messages", "must be between {minimum} and {maximum}, not {raw}"),
    "not_date_use_t": QT_TRANSLATE_NOOP(
        "Messages", "not a date: {raw!r} (use 2024-03-01 or 2024-03-01T10:20:30+00:00)"
    ),
    "not_plausible_date": QT_TRANSLATE_NOOP("Messages", "not a plausible date: {raw!r}"),
    "unknown_country_code_use_two": QT_TRANSLATE_NOOP(
        "Messages", "unknown country code {raw!r} (use the two-letter code, e.g. US, DE, CN)"
    ),
    "not_currency_code_use_usd": QT_TRANSLATE_NOOP(
        "Messages", "not a currency code: {text!r} (use e.g. USD, EUR, CNY)"
    ),
    "missing_required_value": QT_TRANSLATE_NOOP("Messages", "missing required value ({field})"),
    "bad_date": QT_TRANSLATE_NOOP("Messages", "bad date: {problem}"),
    "must_not_be_negative": QT_TRANSLATE_NOOP("Messages", "must not be negative: {value}"),
    "remote_refused_code": QT_TRANSLATE_NOOP("Messages", "{who} refused ({code}): {text}"),
    "remote_unreadable_date": QT_TRANSLATE_NOOP("Messages", "{who} sent an unreadable date {value!r}"),
    "remote_unreadable_amount": QT_TRANSLATE_NOOP("Messages", "{who} sent an unreadable amount {amount!r}"),
    "remote_not_json": QT_TRANSLATE_NOOP("Messages", "{who} answered with something that is not JSON"),
    "remote_answered_without": QT_TRANSLATE_NOOP("Messages", "{who} answered {method} without {key}"),
    "remote_refused_order_list": QT_TRANSLATE_NOOP("Messages", "{who} refused the order list ({code}): {text}"),
    "remote_could_not_read_order": QT_TRANSLATE_NOOP(
        "Messages", "{who} could not read order {order_id} ({code}): {text}"
    ),
    "remote_refused_shipment": QT_TRANSLATE_NOOP("Messages", "{who} refused the shipment ({code}): {text}"),
    "remote_order_has_no_shipment": QT_TRANSLATE_NOOP(
        "Messages", "{who} order {order_id} has no shipment {shipment_id}"
    ),
    "remote_refused_tracking_number": QT_TRANSLATE_NOOP(
        "Messages", "{who} refused the new tracking number ({code}): {text}"
    ),
    "remote_invalid_amount": QT_TRANSLATE_NOOP("Messages", "{who} sent an invalid amount {amount!r} for {what}"),
    "remote_no_package_to_correct": QT_TRANSLATE_NOOP(
        "Messages", "{who} has no package {shipment_id} on order {order_id} to correct"
    ),
    "remote_did_not_answer": QT_TRANSLATE_NOOP("Messages", "{who} did not answer ({reason})"),
    "remote_login_answered": QT_TRANSLATE_NOOP("Messages", "{who}'s login service answered {status_code}"),
    "remote_throttling_requests": QT_TRANSLATE_NOOP(
        "Messages", "{who} is throttling {operation} requests; trying again later"
    ),
    "remote_login_throttling": QT_TRANSLATE_NOOP("Messages", "{who}'s login service is throttling; trying again later"),
    "remote_login_failed": QT_TRANSLATE_NOOP("Messages", "{who}'s login service failed ({reason}); trying again later"),
    "remote_refused_what": QT_TRANSLATE_NOOP("Messages", "{who} refused {what}: {reason}"),
    "remote_cannot_change_tracking": QT_TRANSLATE_NOOP(
        "Messages",
        "{who}'s API cannot change the tracking number of a shipment: correct it for order {order_id} in Seller Hub",
    ),
    "remote_no_access_token": QT_TRANSLATE_NOOP("Messages", "{who} answered the token request without an access token"),
    "remote_refused_status_error": QT_TRANSLATE_NOOP("Messages", "{who} refused ({status}, error {error_id}): {text}"),
    "remote_kept_throttling": QT_TRANSLATE_NOOP("Messages", "{who} kept throttling the request; trying again later"),
    "remote_has_no_order": QT_TRANSLATE_NOOP("Messages", "{who} has no order {order_id}"),
    "remote_refused_request": QT_TRANSLATE_NOOP("Messages", "{who} refused the request: {text}"),
    "remote_answered_without_data": QT_TRANSLATE_NOOP("Messages", "{who} answered without data"),
    "remote_no_shipment_for_parcel": QT_TRANSLATE_NOOP(
        "Messages", "{who} order {order_id} has no shipment for parcel {package_reference}"
    ),
    "deadline_ship_within": QT_TRANSLATE_NOOP("Messages", "ship within {span}"),
    "deadline_overdue_by": QT_TRANSLATE_NOOP("Messages", "overdue by {span}"),
    "pool_line": QT_TRANSLATE_NOOP("Messages", "line {number}"),
    "order_cannot_be_approved": QT_TRANSLATE_NOOP("Messages", "order {number} cannot be approved: {reasons}"),
    "no_keyring": QT_TRANSLATE_NOOP(
        "Messages",
        "no system keyring to keep the account's secrets: unlock the encrypted secrets file with its passphrase "
        "(or install and unlock GNOME Keyring or KWallet)",
    ),
    "address_incomplete": QT_TRANSLATE_NOOP("Messages", "address incomplete: {fields} missing"),
    "address_unknown_country": QT_TRANSLATE_NOOP("Messages", "country {country} is not a known country code"),
    "address_postcode_example": QT_TRANSLATE_NOOP(
        "Messages", "postcode {postcode} does not look like a {country} postcode (e.g. {example})"
    ),
    "address_postcode": QT_TRANSLATE_NOOP("Messages", "postcode {postcode} does not look like a {country} postcode"),
    "address_not_a_state": QT_TRANSLATE_NOOP("Messages", "state {region} is not a state of {country}"),
    "address_not_a_province": QT_TRANSLATE_NOOP("Messages", "province {region} is not a province of {country}"),
    "address_not_a_region": QT_TRANSLATE_NOOP("Messages", "{kind} {region} is not a {kind} of {country}"),
    "address_phone": QT_TRANSLATE_NOOP("Messages", "phone {phone} is not a valid {country} number"),
    "not_enough_stock": QT_TRANSLATE_NOOP(
        "Messages", "not enough stock for {sku}: {needed} needed, {available} available"
    ),
    "held_by_rule": QT_TRANSLATE_NOOP("Messages", "{reason} (rule '{rule}')"),
    "label_not_ready": QT_TRANSLATE_NOOP("Messages", "label not ready yet"),
    "waybill_was_voided": QT_TRANSLATE_NOOP("Messages", "the waybill was voided"),
    "waybill_voided_because": QT_TRANSLATE_NOOP("Messages", "waybill {tracking} voided: {reason}"),
    "waybill_voided_plain": QT_TRANSLATE_NOOP("Messages", "waybill {tracking} voided"),
    "voiding_old_waybill_first": QT_TRANSLATE_NOOP("Messages", "voiding the old waybill first"),
    "parcel_no_shipping_method": QT_TRANSLATE_NOOP("Messages", "no shipping method"),
    "carrier_refused_void": QT_TRANSLATE_NOOP("Messages", "the carrier refused to void the waybill: {reason}"),
    "waybill_request_cancelled": QT_TRANSLATE_NOOP("Messages", "the waybill request was cancelled"),
    "preadvice_refused": QT_TRANSLATE_NOOP("Messages", "pre-advice refused: {reason}"),
    "carrier_takes_no_preadvice": QT_TRANSLATE_NOOP("Messages", "{carrier} does not take pre-advice of pool numbers"),
    "carrier_has_other_waybill": QT_TRANSLATE_NOOP(
        "Messages", "the carrier already has another waybill for this parcel ({reason})"
    ),
    "job_cancelled_by": QT_TRANSLATE_NOOP("Messages", "cancelled by {user}"),
    "job_cancelled_by_a_user": QT_TRANSLATE_NOOP("Messages", "cancelled by a user"),
    "job_withdrawn": QT_TRANSLATE_NOOP("Messages", "withdrawn before it was sent"),
    "job_confirmed_by_file": QT_TRANSLATE_NOOP("Messages", "confirmed by file upload"),
    "job_scan_undone": QT_TRANSLATE_NOOP("Messages", "scan undone: {reason}"),
    "job_no_handler": QT_TRANSLATE_NOOP("Messages", "no handler for {kind} jobs"),
    "job_internal_error": QT_TRANSLATE_NOOP("Messages", "internal error: {kind}"),
    "carrier_duplicate_not_found": QT_TRANSLATE_NOOP(
        "Messages", "carrier reports a duplicate it cannot find; will look again"
    ),
    "adopted_shipment_by_reference": QT_TRANSLATE_NOOP("Messages", "adopted the shipment found by reference"),
    "adopted_shipment_duplicate": QT_TRANSLATE_NOOP("Messages", "adopted the existing shipment (duplicate reference)"),
    "no_live_shipment_to_void": QT_TRANSLATE_NOOP("Messages", "no live shipment to void"),
    "voided_shipment": QT_TRANSLATE_NOOP("Messages", "voided shipment {shipment_id}"),
    "marketplace_shipment_found": QT_TRANSLATE_NOOP(
        "Messages", "marketplace shipment {shipment_id} (found by reference)"
    ),
    "marketplace_shipment": QT_TRANSLATE_NOOP("Messages", "marketplace shipment {shipment_id}"),
    "waiting_for_confirmation": QT_TRANSLATE_NOOP(
        "Messages", "waiting for the shipment confirmation to reach the marketplace"
    ),
    "tracking_number_changed_to": QT_TRANSLATE_NOOP("Messages", "tracking number changed to {tracking}"),
    "no_tracking_events_yet": QT_TRANSLATE_NOOP("Messages", "no tracking events yet"),
    "print_job_cancelled_left": QT_TRANSLATE_NOOP("Messages", "cancelled with {left} labels not printed"),
    "print_stopped_unexpected": QT_TRANSLATE_NOOP("Messages", "stopped by an unexpected error: {error}"),
    "intercepted_because": QT_TRANSLATE_NOOP("Messages", "{reason}"),
    "print_paper_out": QT_TRANSLATE_NOOP("Messages", "The printer is out of labels: load a new roll, then resume."),
    "print_head_open": QT_TRANSLATE_NOOP("Messages", "The printer's head is open: close it, then resume."),
    "print_printer_paused": QT_TRANSLATE_NOOP(
        "Messages", "The printer is paused: press its Pause button, then resume."
    ),
    "print_ribbon_out": QT_TRANSLATE_NOOP("Messages", "The printer is out of ribbon: load a new one, then resume."),
    "print_printer_error": QT_TRANSLATE_NOOP("Messages", "The printer reports an error: check it, then resume."),
    "print_stalled": QT_TRANSLATE_NOOP("Messages", "The printer holds labels and prints none: check it, then resume."),
    "print_paused": QT_TRANSLATE_NOOP("Messages", "paused"),
    "print_cannot_count": QT_TRANSLATE_NOOP(
        "Messages", "This printer cannot count its labels, so whether the last ones printed is in doubt."
    ),
    "print_stopped_answering_sent": QT_TRANSLATE_NOOP(
        "Messages", "The printer stopped answering; labels it may hold are still sent, not printed."
    ),
    "print_stopped_answering_count": QT_TRANSLATE_NOOP(
        "Messages", "The printer stopped answering; {count} label(s) may or may not have printed."
    ),
    "print_label_in_doubt": QT_TRANSLATE_NOOP(
        "Messages", "A label was being sent when printing stopped: say whether it printed before the batch goes on."
    ),
    "no_order_lines": QT_TRANSLATE_NOOP("Messages", "no order lines"),
    "payment_not_cleared": QT_TRANSLATE_NOOP("Messages", "payment not cleared"),
    "payment_under_review_until": QT_TRANSLATE_NOOP("Messages", "payment under marketplace review until {until} UTC"),
    "customs_incomplete_for": QT_TRANSLATE_NOOP("Messages", "customs data incomplete for {sku}: {missing} missing"),
    "hs_code_of_sku_digits": QT_TRANSLATE_NOOP("Messages", "HS code {code} of {sku} must be 6 to 10 digits"),
    "method_no_batteries": QT_TRANSLATE_NOOP("Messages", "{name} does not carry batteries"),
    "method_no_liquids": QT_TRANSLATE_NOOP("Messages", "{name} does not carry liquids"),
    "method_not_to_country": QT_TRANSLATE_NOOP("Messages", "{name} does not ship to {country}"),
    "method_max_weight": QT_TRANSLATE_NOOP("Messages", "{name} max {max_grams} g, parcel {grams} g"),
    "method_requires": QT_TRANSLATE_NOOP("Messages", "{name} requires {field}"),
    "changed_on_marketplace": QT_TRANSLATE_NOOP("Messages", "changed on marketplace: {what}"),
    "changed_on_marketplace_both": QT_TRANSLATE_NOOP("Messages", "changed on marketplace: address and lines"),
    "address_too_long_for_label": QT_TRANSLATE_NOOP("Messages", "address too long for the {size} label"),
    "sender_address_too_long_for_label": QT_TRANSLATE_NOOP("Messages", "sender address too long for the {size} label"),
    "merged_order_cancelled": QT_TRANSLATE_NOOP("Messages", "merged order {number} cancelled on marketplace"),
    "left_out_line": QT_TRANSLATE_NOOP("Messages", "{number}: {reason}"),
    "job_handed_back": QT_TRANSLATE_NOOP("Messages", "handed back at a clean stop while in flight; will be looked up"),
}

# Words of closed vocabularies that appear as params (parcel states, queues, address and
# customs fields, roles, who did not answer): translated when a param is exactly one of them.
TERMS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("AppTexts", "no order lines"),
    QT_TRANSLATE_NOOP("AppTexts", "no shipping method"),
    QT_TRANSLATE_NOOP("AppTexts", "payment not cleared"),
    QT_TRANSLATE_NOOP("AppTexts", "cancelled on marketplace"),
    QT_TRANSLATE_NOOP("AppTexts", "cancelled"),
    QT_TRANSLATE_NOOP("AppTexts", "recipient name"),
    QT_TRANSLATE_NOOP("AppTexts", "street"),
    QT_TRANSLATE_NOOP("AppTexts", "city"),
    QT_TRANSLATE_NOOP("AppTexts", "postcode"),
    QT_TRANSLATE_NOOP("AppTexts", "country"),
    QT_TRANSLATE_NOOP("AppTexts", "address"),
    QT_TRANSLATE_NOOP("AppTexts", "lines"),
    QT_TRANSLATE_NOOP("AppTexts", "packer"),
    QT_TRANSLATE_NOOP("AppTexts", "supervisor"),
    QT_TRANSLATE_NOOP("AppTexts", "admin"),
    QT_TRANSLATE_NOOP("AppTexts", "name the orders, or pass --all"),
    QT_TRANSLATE_NOOP("AppTexts", "waybill"),
    QT_TRANSLATE_NOOP("AppTexts", "requested"),
    QT_TRANSLATE_NOOP("AppTexts", "failed"),
    QT_TRANSLATE_NOOP("AppTexts", "labelled"),
    QT_TRANSLATE_NOOP("AppTexts", "printed"),
    QT_TRANSLATE_NOOP("AppTexts", "shipped"),
    QT_TRANSLATE_NOOP("AppTexts", "voided"),
    QT_TRANSLATE_NOOP(
        "AppTexts", "The database is busy (another station or program is writing). Try again in a moment."
    ),
    QT_TRANSLATE_NOOP("AppTexts", "The disk failed while writing the database. Check the disk and try again."),
    QT_TRANSLATE_NOOP("AppTexts", "The disk is full. Free some space; nothing was saved."),
    QT_TRANSLATE_NOOP("AppTexts", "The database file is read-only. Check its permissions."),
    QT_TRANSLATE_NOOP("AppTexts", "The database file is damaged or not a Shipbench database."),
    QT_TRANSLATE_NOOP("AppTexts", "The database file is damaged. Restore the latest backup."),
    QT_TRANSLATE_NOOP("AppTexts", "The database file cannot be opened. Check the path and its permissions."),
    QT_TRANSLATE_NOOP("AppTexts", "The database server refused the connection. Is PostgreSQL running?"),
    QT_TRANSLATE_NOOP("AppTexts", "The database server cannot be reached. Check the network and the server."),
    QT_TRANSLATE_NOOP("AppTexts", "the marketplace"),
    QT_TRANSLATE_NOOP("AppTexts", "the carrier"),
    QT_TRANSLATE_NOOP("AppTexts", "English description"),
    QT_TRANSLATE_NOOP("AppTexts", "HS code"),
    QT_TRANSLATE_NOOP("AppTexts", "value"),
    QT_TRANSLATE_NOOP("AppTexts", "origin country"),
    QT_TRANSLATE_NOOP("AppTexts", "HS codes"),
    QT_TRANSLATE_NOOP("AppTexts", "English customs descriptions"),
    QT_TRANSLATE_NOOP("AppTexts", "Chinese customs descriptions"),
    QT_TRANSLATE_NOOP("AppTexts", "declared values"),
    QT_TRANSLATE_NOOP("AppTexts", "countries of origin"),
    QT_TRANSLATE_NOOP("AppTexts", "item weights"),
    QT_TRANSLATE_NOOP("AppTexts", "state"),
    QT_TRANSLATE_NOOP("AppTexts", "province"),
    QT_TRANSLATE_NOOP("AppTexts", "name"),
    QT_TRANSLATE_NOOP("AppTexts", "intercepted"),
    QT_TRANSLATE_NOOP("AppTexts", "review"),
    QT_TRANSLATE_NOOP("AppTexts", "print"),
    QT_TRANSLATE_NOOP("AppTexts", "scan"),
    QT_TRANSLATE_NOOP("AppTexts", "on hold"),
    QT_TRANSLATE_NOOP("AppTexts", "exceptions"),
    QT_TRANSLATE_NOOP("AppTexts", "pending"),
    QT_TRANSLATE_NOOP("AppTexts", "sending"),
    QT_TRANSLATE_NOOP("AppTexts", "unknown"),
    QT_TRANSLATE_NOOP("AppTexts", "in flight"),
    QT_TRANSLATE_NOOP("AppTexts", "done"),
    QT_TRANSLATE_NOOP("AppTexts", "marketplace"),
    QT_TRANSLATE_NOOP("AppTexts", "carrier"),
    QT_TRANSLATE_NOOP("AppTexts", "label not ready yet"),
    QT_TRANSLATE_NOOP("AppTexts", "the waybill was voided"),
    QT_TRANSLATE_NOOP("AppTexts", "voiding the old waybill first"),
    QT_TRANSLATE_NOOP("AppTexts", "request withdrawn"),
    QT_TRANSLATE_NOOP("AppTexts", "tracking number dropped"),
    QT_TRANSLATE_NOOP("AppTexts", "no live shipment to void"),
    QT_TRANSLATE_NOOP("AppTexts", "carrier reports a duplicate it cannot find; will look again"),
    QT_TRANSLATE_NOOP("AppTexts", "adopted the shipment found by reference"),
    QT_TRANSLATE_NOOP("AppTexts", "adopted the existing shipment (duplicate reference)"),
    QT_TRANSLATE_NOOP("AppTexts", "waiting for the shipment confirmation to reach the marketplace"),
    QT_TRANSLATE_NOOP("AppTexts", "withdrawn before it was sent"),
    QT_TRANSLATE_NOOP("AppTexts", "quantity"),
    QT_TRANSLATE_NOOP("AppTexts", "order id"),
    QT_TRANSLATE_NOOP("AppTexts", "marketplace SKU"),
    QT_TRANSLATE_NOOP("AppTexts", "warehouse SKU"),
    QT_TRANSLATE_NOOP("AppTexts", "counted quantity"),
    QT_TRANSLATE_NOOP("AppTexts", "bad date"),
    QT_TRANSLATE_NOOP("AppTexts", "bad money"),
    QT_TRANSLATE_NOOP("AppTexts", "shipping method"),
    QT_TRANSLATE_NOOP("AppTexts", "status"),
    QT_TRANSLATE_NOOP("AppTexts", "tags"),
    QT_TRANSLATE_NOOP("AppTexts", "customs defaults"),
    QT_TRANSLATE_NOOP("AppTexts", "approval"),
    QT_TRANSLATE_NOOP("AppTexts", "blank fields"),
    QT_TRANSLATE_NOOP("AppTexts", "approve if every check passes"),
    QT_TRANSLATE_NOOP("AppTexts", "overdue"),
    QT_TRANSLATE_NOOP("AppTexts", "(none)"),
    QT_TRANSLATE_NOOP("AppTexts", "not loaded"),
)

# Joining the items of a list param (words) and of a tuple param (reasons).
QT_TRANSLATE_NOOP("AppTexts", ", ")
QT_TRANSLATE_NOOP("AppTexts", "; ")
