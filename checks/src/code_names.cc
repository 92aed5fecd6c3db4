#include "code_names.h"

#include <algorithm>

#include "text_chars.h"
#include "vocabulary.h"

namespace stepcache::checks::internal {

bool CodeMember(const std::vector<std::string>& key_words) {
  static const vocab::WordSet kCodes = {
      "id", "no", "nr", "num", "number", "code", "ref", "reference", "iban", "bic", "swift", "account", "phone",
      "mobile", "fax", "tel", "telephone", "email", "mail", "serial", "sku", "ticket", "tracking", "booking", "plate",
      "flight", "passport", "vat", "zip", "postcode", "isbn", "ean", "upc", "imei", "vin", "pnr", "pin", "locker",
      "voucher", "coupon", "promo", "licence", "license", "seat", "gate", "membership", "cabin", "berth", "platform",
      "room"};
  return std::any_of(key_words.begin(), key_words.end(), [](const std::string& w) { return kCodes.Has(w); });
}

// (The heads: codes and places given by one, "awb", "permit", "bay"...)
CodeName NameEndsInCode(std::string_view key, std::string* head) {
  static const vocab::WordSet kCodeHeads = {
      "id", "no", "nr", "num", "number", "code", "ref", "reference", "iban", "bic", "swift", "phone", "mobile",
      "fax", "tel", "telephone", "email", "serial", "sku", "ticket", "tracking", "booking", "plate", "flight",
      "passport", "vat", "zip", "postcode", "isbn", "ean", "upc", "imei", "vin", "pnr", "pin", "locker", "voucher",
      "coupon", "promo", "licence", "license", "seat", "gate", "membership", "cabin", "berth", "platform", "room",
      "bay", "desk", "slot", "bin", "awb", "docket", "permit", "stand", "pitch", "dock", "lane", "shelf", "plot",
      "badge", "pallet", "parcel", "stall", "callsign", "hangar", "booth", "lot", "batch", "policy", "claim", "unit",
      "order", "invoice", "case", "account", "tag", "container", "counter", "terminal", "coach", "carriage", "wagon",
      "bed", "ward", "table", "spot", "space", "cart", "trolley", "car", "vehicle", "bike", "device", "asset",
      "peg", "track", "box", "hook", "cubby", "kennel", "mooring", "pier", "quay", "siding", "gangway", "jetty",
      "rack", "cell", "pigeonhole", "slip", "tray", "crate", "carrel", "bollard", "aisle", "bunk", "drawer"};
  // The last word: after the last '_', '-', '.', blank, or lower-to-upper
  // case step ("loadingBay"), lower-cased.
  std::size_t begin = 0;
  for (std::size_t i = 1; i < key.size(); ++i) {
    const char c = key[i], prev = key[i - 1];
    if (c == '_' || c == '-' || c == '.' || c == ' ') begin = i + 1;
    else if (c >= 'A' && c <= 'Z' && prev >= 'a' && prev <= 'z') begin = i;
  }
  std::string last(key.substr(std::min(begin, key.size())));
  for (char& c : last) c = Lower(c);
  if (last.size() > 3 && last.back() == 's' && !kCodeHeads.Has(last)) last.pop_back();  // ("seats", "bays")
  if (!kCodeHeads.Has(last)) return CodeName::kNone;
  if (head != nullptr) *head = last;
  // (Things counted as well as numbered: "2 x Lamp" for an order.)
  static const vocab::WordSet kCounted = {"order", "unit", "lot", "batch", "case", "account", "invoice", "tag",
                                          "container", "cart", "trolley", "car", "vehicle", "bike", "device",
                                          "asset", "claim", "policy", "parcel", "pallet", "bed"};
  return kCounted.Has(last) ? CodeName::kCount : CodeName::kCode;
}

bool PureCodeHead(std::string_view head) {
  static const vocab::WordSet kPureCodes = {
      "id", "no", "nr", "num", "number", "code", "ref", "reference", "iban", "bic", "swift", "phone", "mobile",
      "fax", "tel", "telephone", "serial", "sku", "ticket", "tracking", "pnr", "pin", "voucher", "coupon",
      "promo", "passport", "vat", "zip", "postcode", "isbn", "ean", "upc", "imei", "vin", "awb", "docket",
      "badge", "locker", "plate", "licence", "license", "permit", "membership"};
  return kPureCodes.Has(head);
}

}  // namespace stepcache::checks::internal
