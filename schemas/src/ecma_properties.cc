// Unicode property names ECMA-262 accepts in \p{..}, mapped to what RE2
// knows. Tables only; see ecma_regex.cc for how they are used.
#include "ecma_properties.h"

#include <utility>

namespace stepcache::schemas::ecma_properties {

// General_Category values: ECMA long name or alias → RE2 short name.
const char* GeneralCategory(std::string_view v) {
  static const std::pair<const char*, const char*> kTable[] = {
      {"L", "L"},   {"Letter", "L"},
      {"Lu", "Lu"}, {"Uppercase_Letter", "Lu"},
      {"Ll", "Ll"}, {"Lowercase_Letter", "Ll"},
      {"Lt", "Lt"}, {"Titlecase_Letter", "Lt"},
      {"Lm", "Lm"}, {"Modifier_Letter", "Lm"},
      {"Lo", "Lo"}, {"Other_Letter", "Lo"},
      {"M", "M"},   {"Mark", "M"},
      {"Combining_Mark", "M"},
      {"Mn", "Mn"}, {"Nonspacing_Mark", "Mn"},
      {"Mc", "Mc"}, {"Spacing_Mark", "Mc"},
      {"Me", "Me"}, {"Enclosing_Mark", "Me"},
      {"N", "N"},   {"Number", "N"},
      {"Nd", "Nd"}, {"Decimal_Number", "Nd"},
      {"digit", "Nd"},
      {"Nl", "Nl"}, {"Letter_Number", "Nl"},
      {"No", "No"}, {"Other_Number", "No"},
      {"P", "P"},   {"Punctuation", "P"},
      {"punct", "P"},
      {"Pc", "Pc"}, {"Connector_Punctuation", "Pc"},
      {"Pd", "Pd"}, {"Dash_Punctuation", "Pd"},
      {"Ps", "Ps"}, {"Open_Punctuation", "Ps"},
      {"Pe", "Pe"}, {"Close_Punctuation", "Pe"},
      {"Pi", "Pi"}, {"Initial_Punctuation", "Pi"},
      {"Pf", "Pf"}, {"Final_Punctuation", "Pf"},
      {"Po", "Po"}, {"Other_Punctuation", "Po"},
      {"S", "S"},   {"Symbol", "S"},
      {"Sm", "Sm"}, {"Math_Symbol", "Sm"},
      {"Sc", "Sc"}, {"Currency_Symbol", "Sc"},
      {"Sk", "Sk"}, {"Modifier_Symbol", "Sk"},
      {"So", "So"}, {"Other_Symbol", "So"},
      {"Z", "Z"},   {"Separator", "Z"},
      {"Zs", "Zs"}, {"Space_Separator", "Zs"},
      {"Zl", "Zl"}, {"Line_Separator", "Zl"},
      {"Zp", "Zp"}, {"Paragraph_Separator", "Zp"},
      {"C", "C"},   {"Other", "C"},
      {"Cc", "Cc"}, {"Control", "Cc"},
      {"cntrl", "Cc"},
      {"Cf", "Cf"}, {"Format", "Cf"},
      {"Cs", "Cs"}, {"Surrogate", "Cs"},
      {"Co", "Co"}, {"Private_Use", "Co"},
  };
  for (const auto& [name, re2] : kTable) {
    if (v == name) return re2;
  }
  return nullptr;
}

// ECMA-262 binary properties RE2 has no table for: valid syntax, unsupported.
bool IsUnsupportedBinaryProperty(std::string_view v) {
  static const char* const kNames[] = {
      "Alphabetic", "Alpha", "Assigned", "Bidi_Control", "Bidi_C", "Bidi_Mirrored", "Bidi_M",
      "Case_Ignorable", "CI", "Cased", "Changes_When_Casefolded", "CWCF",
      "Changes_When_Casemapped", "CWCM", "Changes_When_Lowercased", "CWL",
      "Changes_When_NFKC_Casefolded", "CWKCF", "Changes_When_Titlecased", "CWT",
      "Changes_When_Uppercased", "CWU", "Dash", "Default_Ignorable_Code_Point", "DI",
      "Deprecated", "Dep", "Diacritic", "Dia", "Emoji", "Emoji_Component", "EComp",
      "Emoji_Modifier", "EMod", "Emoji_Modifier_Base", "EBase", "Emoji_Presentation", "EPres",
      "Extended_Pictographic", "ExtPict", "Extender", "Ext", "Grapheme_Base", "Gr_Base",
      "Grapheme_Extend", "Gr_Ext", "Hex_Digit", "Hex", "IDS_Binary_Operator", "IDSB",
      "IDS_Trinary_Operator", "IDST", "ID_Continue", "IDC", "ID_Start", "IDS", "Ideographic",
      "Ideo", "Join_Control", "Join_C", "Logical_Order_Exception", "LOE", "Lowercase", "Lower",
      "Math", "Noncharacter_Code_Point", "NChar", "Pattern_Syntax", "Pat_Syn",
      "Pattern_White_Space", "Pat_WS", "Quotation_Mark", "QMark", "Radical", "Regional_Indicator",
      "RI", "Sentence_Terminal", "STerm", "Soft_Dotted", "SD", "Terminal_Punctuation", "Term",
      "Unified_Ideograph", "UIdeo", "Uppercase", "Upper", "Variation_Selector", "VS",
      "XID_Continue", "XIDC", "XID_Start", "XIDS", "Cn", "Unassigned", "LC", "Cased_Letter",
      "Script_Extensions", "scx"};
  for (const char* n : kNames) {
    if (v == n) return true;
  }
  return false;
}

}  // namespace stepcache::schemas::ecma_properties
