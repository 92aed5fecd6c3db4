// Reading what a request asks of a value beyond naming it
// (request_meaning.h).
#include "request_meaning.h"

#include <algorithm>
#include <cctype>

#include "schema_nodes.h"
#include "text_chars.h"
#include "vocabulary.h"

namespace stepcache::checks::internal {

// Lowercase words of a text (letters and digits), for descriptions.
std::vector<std::string> AsciiWords(std::string_view text) {
  std::vector<std::string> out;
  std::string w;
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!w.empty()) {
      out.push_back(std::move(w));
      w.clear();
    }
  }
  if (!w.empty()) out.push_back(std::move(w));
  return out;
}

bool IsCharge(std::string_view w) {
  static const vocab::WordSet kCharges = {"vat",      "tax",     "taxes",    "mva",    "gst",     "hst", "ust", "taxe", "btw",
                                          "iva",      "mwst",    "moms",     "tva",    "fee",     "fees",
                                          "shipping", "postage", "delivery", "discount", "discounts", "tip",
                                          "tips",     "service", "deposit",  "charges", "surcharge", "duty"};
  return kCharges.Has(w);
}

bool IsTax(std::string_view w) {
  static const vocab::WordSet kTaxes = {"vat", "tax", "taxes", "mva", "gst", "hst", "iva", "mwst", "moms", "tva",
                                        "ust", "taxe", "btw", "alv", "dph"};
  return kTaxes.Has(w);
}

// The qualification `words` ask for at word `i` ("without VAT", "net of
// fees", "including tax", "the net amount"), or kNoQualifier. The plain
// words ("with", "before", "plus") qualify by a tax only; "shipping
// address" names no charge.
unsigned QualifierAt(const std::vector<std::string>& words, std::size_t i) {
  // English, and the Nordic, German, Dutch, Spanish, Portuguese, Italian and
  // French words for the same ("ekskl. mva", "zzgl. MwSt.", "sin IVA", "hors taxes").
  static const vocab::WordSet kOut = {"without", "excluding", "exclude", "excludes", "excluded", "excl", "net",
                                      "exclusive", "ekskl", "eksklusive", "eksklusiv", "exkl", "exklusive", "ohne",
                                      "zzgl", "zuzuglich", "uten", "utan", "exclusief", "sin", "sem",
                                      "senza", "hors", "netto"};
  static const vocab::WordSet kPlainOut = {"ex", "before", "minus", "less", "pre", "vor"};
  static const vocab::WordSet kIn = {"including", "include", "includes", "included", "incl", "inclusive", "gross",
                                     "inkl", "inklusive", "inklusiv", "inclusief", "incluido", "incluso", "brutto",
                                     "ttc"};
  static const vocab::WordSet kPlainIn = {"with", "after", "plus", "mit", "med", "con", "com", "avec"};
  static const vocab::WordSet kNotCharge = {"address", "method", "date", "time", "details", "status", "number",
                                            "id", "code", "option", "type", "info", "information", "company",
                                            "carrier", "label", "policy", "note", "notes", "instructions"};
  const std::string& w = words[i];
  // Words that are the qualification alone: "pretax", "aftertax", French HT/TTC.
  if (w == "pretax" || w == "ht") return kExcluding;
  if (w == "aftertax" || (w == "ttc" && !(i + 1 < words.size() && IsCharge(words[i + 1])))) return kIncluding;
  const bool plain_out = kPlainOut.Has(w), plain_in = kPlainIn.Has(w);
  const bool out = plain_out || kOut.Has(w), in = !out && (plain_in || kIn.Has(w));
  if (!out && !in) return kNoQualifier;
  // The charge right after, over "of", "the", "any", "all".
  for (std::size_t k = i + 1; k < words.size() && k <= i + 3; ++k) {
    const bool charge = (plain_out || plain_in) ? IsTax(words[k]) : IsCharge(words[k]);
    if (charge && !(k + 1 < words.size() && kNotCharge.Has(words[k + 1]))) return out ? kExcluding : kIncluding;
    static const vocab::WordSet kBetween = {"of", "the", "any", "all", "sales", "value", "added", "local",
                                            "state", "city", "federal", "income", "tourist"};
    if (!kBetween.Has(words[k])) break;
  }
  // "the net amount", "gross total": an amount word right after.
  if ((w == "net" || w == "gross" || w == "netto" || w == "brutto") && i + 1 < words.size()) {
    static const vocab::WordSet kAmounts = {"amount", "total", "price", "sum", "value", "cost", "pay", "salary",
                                            "income", "weight", "figure"};
    if (kAmounts.Has(words[i + 1])) return w == "net" || w == "netto" ? kExcluding : kIncluding;
  }
  return kNoQualifier;
}

unsigned FormAt(const std::vector<std::string>& words, std::size_t i) {
  auto at = [&](std::size_t k) -> std::string_view { return k < words.size() ? std::string_view(words[k]) : ""; };
  const std::string_view w = words[i];
  if ((w == "digits" || w == "numbers" || w == "numeric" || w == "digit") && at(i + 1) == "only") return kDigitsOnly;
  if (w == "only" && (at(i + 1) == "digits" || at(i + 1) == "numbers")) return kDigitsOnly;
  if (w == "without" || w == "no") {
    std::size_t k = i + 1;
    if (at(k) == "the" || at(k) == "any") ++k;
    const std::string_view n = at(k);
    if (n == "spaces" || n == "space" || n == "whitespace" || n == "blanks") return kNoSpaces;
    if (n == "unit" || n == "units" || n == "currency") return kNoUnit;
    if (n == "title" || n == "titles" || n == "honorific" || n == "honorifics") return kNoTitle;
  }
  // "without the country code", "leave out the country code", "omit the +47"
  if (w == "country" && at(i + 1) == "code") {
    for (std::size_t k = i >= 4 ? i - 4 : 0; k < i; ++k) {
      const std::string_view b = words[k];
      if (b == "without" || b == "no" || b == "omit" || b == "out" || b == "remove" || b == "drop" || b == "strip" ||
          b == "excluding" || b == "exclude") {
        return kNoCountryCode;
      }
    }
  }
  // A letter case: "in upper case", "uppercase", "in capitals", "capital
  // letters", "all caps", "block capitals"; "lower case", "lowercase" ("the
  // capitals" of countries asks for none).
  const std::string_view before = i > 0 ? std::string_view(words[i - 1]) : std::string_view();
  if (w == "uppercase" || (w == "upper" && at(i + 1) == "case") ||
      ((w == "caps" || w == "capitals") && (before == "in" || before == "all" || before == "block")) ||
      (w == "capital" && at(i + 1) == "letters")) {
    return kUpperCase;
  }
  // ("block letters", "print letters", "block type", "in block", "in print":
  // letters as a form is filled in.)
  if ((w == "block" || w == "print" || w == "printed") &&
      (at(i + 1) == "letters" || at(i + 1) == "letter" || at(i + 1) == "type" || at(i + 1) == "capitals" ||
       at(i + 1) == "caps" || (before == "in" && at(i + 1).empty()))) {
    return kUpperCase;
  }
  if (w == "lowercase" || (w == "lower" && at(i + 1) == "case")) return kLowerCase;
  // "the contact's first name", "the first name of the contact"
  if ((w == "first" || w == "given") && at(i + 1) == "name") return kFirstName;
  if (w == "forename") return kFirstName;
  // "how many people attend", "the number of steps", "a count of the rooms"
  if ((w == "how" && (at(i + 1) == "many" || at(i + 1) == "much")) ||
      ((w == "number" || w == "count") && at(i + 1) == "of")) {
    return kComputed;
  }
  return kNoForm;
}

bool PointsElsewhere(std::string_view value) {
  // What a word of the value says: 1 it points by itself ("unchanged",
  // "tomorrow"), 2 it points when it opens the value ("see", "siehe"), 4 a
  // unit of time, 8 a word that counts a time from another ("later", "next").
  // Of the words below: 16 a word of likeness, 32 a demonstrative, 64 a
  // word of sameness or a field's noun after one (all in one table).
  enum : char { kSelf = 1, kOpener = 2, kTime = 4, kCounted = 8, kLike = 16, kThat = 32, kSame = 64 };
  static const std::pair<std::string_view, char> kListed[] = {
      {"unchanged", kSelf}, {"unver\xC3\xA4ndert", kSelf}, {"uendret", kSelf}, {"of\xC3\xB6r\xC3\xA4ndrad", kSelf},
      {"inchang\xC3\xA9", kSelf}, {"invariato", kSelf}, {"inalterado", kSelf}, {"tomorrow", kSelf},
      {"yesterday", kSelf}, {"today", kSelf}, {"morgen", kSelf}, {"gestern", kSelf}, {"heute", kSelf},
      {"demain", kSelf}, {"hier", kSelf}, {"ma\xC3\xB1" "ana", kSelf}, {"ayer", kSelf}, {"domani", kSelf},
      {"ieri", kSelf}, {"ig\xC3\xA5r", kSelf}, {"idag", kSelf},
      {"see", kOpener}, {"jf", kOpener}, {"jfr", kOpener}, {"siehe", kOpener}, {"voir", kOpener}, {"ver", kOpener}, {"vedi", kOpener},
      {"zie", kOpener}, {"cf", kOpener}, {"vgl", kOpener}, {"se", kOpener}, {"sj\xC3\xA5", kOpener},
      {"day", kTime}, {"days", kTime}, {"week", kTime}, {"weeks", kTime}, {"month", kTime}, {"months", kTime},
      {"year", kTime}, {"years", kTime}, {"hour", kTime}, {"hours", kTime}, {"night", kTime}, {"nights", kTime},
      {"minute", kTime}, {"minutes", kTime}, {"dag", kTime}, {"dager", kTime}, {"dagar", kTime}, {"tag", kTime},
      {"tage", kTime}, {"tagen", kTime}, {"jour", kTime}, {"jours", kTime}, {"d\xC3\xAD" "a", kTime},
      {"d\xC3\xAD" "as", kTime}, {"giorno", kTime}, {"giorni", kTime}, {"dia", kTime}, {"dias", kTime},
      {"uke", kTime}, {"uker", kTime}, {"woche", kTime}, {"wochen", kTime}, {"semaine", kTime},
      {"later", kCounted}, {"earlier", kCounted}, {"after", kCounted}, {"before", kCounted}, {"next", kCounted},
      {"previous", kCounted}, {"following", kCounted}, {"prior", kCounted}, {"same", kCounted},
      {"sp\xC3\xA4ter", kCounted}, {"fr\xC3\xBCher", kCounted}, {"senere", kCounted}, {"tidligere", kCounted},
      {"plus", kCounted}, {"apr\xC3\xA8s", kCounted}, {"despu\xC3\xA9s", kCounted}, {"dopo", kCounted},
      {"depois", kCounted}};
  // A short phrase opening with a word of likeness ("Wie Gast", "Som
  // gjest", "Comme client", "Ten sam", "To zhe" in Cyrillic): the value of another field.
  static constexpr std::string_view kLikeWords[] = {
      "as", "wie", "som", "comme", "como", "come", "jak", "jako", "zoals", "kuin", "gleicher", "gleiche", "gleiches",
      "gleichen", "\xD0\xBA\xD0\xB0\xD0\xBA", "\xD0\x9A\xD0\xB0\xD0\xBA", "\xD1\x8F\xD0\xBA", "\xD0\xAF\xD0\xBA",
      "\xCF\x8C\xCF\x80\xCF\x89\xCF\x82", "\xCE\x8C\xCF\x80\xCF\x89\xCF\x82"};
  static constexpr std::string_view kThatWords[] = {
      "ten", "ta", "to", "tak", "per", "\xD1\x82\xD0\xB5", "\xD0\xA2\xD0\xB5", "\xD1\x82\xD0\xB0\xD0\xBC",
      "\xD0\xA2\xD0\xB0\xD0\xBC", "\xD1\x82\xD0\xBE", "\xD1\x82\xD0\xBE\xD1\x82", "\xD1\x82\xD0\xB0",
      "\xD1\x82\xD0\xB0\xD0\xBA", "\xD0\xA2\xD0\xBE", "\xD0\xA2\xD0\xBE\xD1\x82", "\xD0\xA2\xD0\xB0",
      "\xD0\xA2\xD0\xB0\xD0\xBA"};
  // (After "per" a field's noun, not a name: "Per Office", not "Per Lund".)
  static constexpr std::string_view kSameWords[] = {
      "sam", "sama", "samo", "sam\xC3\xBD", "sam\xC3\xA1", "\xD0\xB6\xD0\xB5", "\xD0\x96\xD0\xB5",
      "\xD1\x81\xD0\xB0\xD0\xBC\xD0\xB5", "\xD0\xA1\xD0\xB0\xD0\xBC\xD0\xB5", "office", "billing", "shipping",
      "invoice", "guest", "customer", "client", "owner", "contract", "booking", "order", "address", "account",
      "record", "form", "file", "section", "agreement", "letter", "request", "above", "below", "applicant",
      "patient", "holder"};
  // One look-up per word: the pointer words (vocab::IsPointerWord) join the
  // table as words that point by themselves, and the words of likeness,
  // demonstratives and words of sameness with their own bits.
  static const vocab::WordTable<char> kWords = [] {
    std::vector<std::pair<std::string_view, char>> entries(std::begin(kListed), std::end(kListed));
    const auto add = [&](std::string_view w, char bit) {
      auto it = std::find_if(entries.begin(), entries.end(), [&](const auto& e) { return e.first == w; });
      if (it != entries.end()) it->second |= bit;
      else entries.emplace_back(w, bit);
    };
    for (std::string_view w : vocab::PointerWords()) add(w, kSelf);
    for (std::string_view w : kLikeWords) add(w, kLike);
    for (std::string_view w : kThatWords) add(w, kThat);
    for (std::string_view w : kSameWords) add(w, kSame);
    return vocab::WordTable<char>(std::move(entries));
  }();
  // (A pointer is a short phrase: a longer value states something of its own.)
  if (value.size() > kPointerPhraseBytes) return false;
  std::string_view v = value;
  while (!v.empty() && (v.front() == ' ' || v.front() == '(' || v.front() == '[')) v.remove_prefix(1);
  while (!v.empty() && (v.back() == ' ' || v.back() == ')' || v.back() == ']' || v.back() == '.')) v.remove_suffix(1);
  // An arrow or a ditto mark alone ("\xE2\x86\x91", "\"", "do." ditto's abbreviation).
  if (v.size() <= 3) {
    for (std::string_view mark : {"\xE2\x86\x91", "\xE2\x86\x93", "^", "\"", "''", "\xE2\x80\x9D", "\xE3\x80\x83"}) {
      if (v == mark) return true;
    }
    // Abbreviations in any case ("Do.", "ID", "Ua.", "Sda"): no word of a
    // list, as a code may be written so.
    for (std::string_view mark : {"do", "dto", "id", "ua", "jw", "ib", "ds", "sda", "ebd", "dgl"}) {
      bool same = v.size() == mark.size();
      for (std::size_t i = 0; same && i < v.size(); ++i) same = Lower(v[i]) == mark[i];
      if (same) return true;
    }
  }
  // Pointers and "self" in scripts written without spaces or in words of their
  // own: 同上 ("as above"), 见上, 同前, 本人, 自己, 同左, 上記と同じ, ご本人, 상동,
  // 본인, 동일, сам, тот же, он же, ο ίδιος, הוא עצמו, स्वयं, เดียวกัน, نفسه; and a
  // short value opening with 同 ("same as": 同客户).
  static constexpr std::string_view kParts[] = {
      "\xE5\x90\x8C\xE4\xB8\x8A", "\xE4\xB8\x8A\xE5\x90\x8C", "\xE8\xA7\x81\xE4\xB8\x8A", "\xE8\xA6\x8B\xE4\xB8\x8A",
      "\xE5\x90\x8C\xE5\x89\x8D", "\xE6\x9C\xAC\xE4\xBA\xBA", "\xE8\x87\xAA\xE5\xB7\xB1", "\xE5\x90\x8C\xE5\xB7\xA6",
      "\xE4\xB8\x8A\xE8\xA8\x98", "\xE5\x90\x8C\xE3\x81\x98", "\xEC\x83\x81\xEB\x8F\x99", "\xEB\xB3\xB8\xEC\x9D\xB8",
      "\xEB\x8F\x99\xEC\x9D\xBC", "\xD1\x81\xD0\xB0\xD0\xBC", "\xD1\x82\xD0\xBE\xD1\x82 \xD0\xB6\xD0\xB5",
      "\xD0\xBE\xD0\xBD \xD0\xB6\xD0\xB5", "\xD1\x82\xD0\xB0 \xD0\xB6\xD0\xB5", "\xCE\xAF\xCE\xB4\xCE\xB9",
      "\xD7\xA2\xD7\xA6\xD7\x9E\xD7\x95", "\xE0\xA4\xB8\xE0\xA5\x8D\xE0\xA4\xB5\xE0\xA4\xAF\xE0\xA4\x82",
      "\xE0\xB9\x80\xE0\xB8\x94\xE0\xB8\xB5\xE0\xB8\xA2\xE0\xB8\xA7\xE0\xB8\x81\xE0\xB8\xB1\xE0\xB8\x99",
      "\xD9\x86\xD9\x81\xD8\xB3\xD9\x87"};
  if (PastAscii(v)) {
    for (std::string_view part : kParts) {
      if (v.find(part) != std::string_view::npos) return true;
    }
    if (v.rfind("\xE5\x90\x8C", 0) == 0 && v.size() <= 15) return true;  // 同客户, 同订购人
  }
  // A phrase in lower case that opens with a possessive, a demonstrative or
  // "the", or a clause opening with a relative word ("her brother", "the
  // companion", "their daughter", "the latter", "his city", "where she
  // lives"): it refers to a person or a thing by another, and names neither.
  // (A name keeps its capitals: "The Hague".)
  const std::size_t first_end = v.find(' ');
  if (first_end != std::string_view::npos && vocab::IsReferringWord(v.substr(0, first_end)) &&
      std::none_of(v.begin(), v.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
    return true;
  }
  bool time = false, counted = false, first = true, stop = false, like = false, that = false;
  std::size_t n = 0;
  ForEachLowerWord(v, [&](std::string_view w) {
    const char* kind = kWords.Find(w);
    const char k = kind != nullptr ? *kind : 0;
    if (++n == 2 && (like || (that && (k & kSame) != 0))) {
      stop = true;
      return true;
    }
    if ((k & kSelf) != 0 || (first && (k & kOpener) != 0)) {
      stop = true;
      return true;
    }
    if (first) {
      like = (k & kLike) != 0;
      that = (k & kThat) != 0;
    }
    first = false;
    time = time || (k & kTime) != 0;
    counted = counted || (k & kCounted) != 0;
    return false;
  });
  if (stop) return true;
  // "+3 days", "3 days later", "the next day".
  return time && (counted || (!v.empty() && v.front() == '+'));
}

bool IsComputedWord(std::string_view w) {
  static const vocab::WordSet kWords = {"total", "totals", "sum", "count", "average", "mean", "median", "maximum",
                                        "max", "minimum", "min", "highest", "lowest", "combined", "overall",
                                        "altogether", "aggregate", "cumulative"};
  return kWords.Has(w);
}

// The date pattern written in `text` ("YYYY-MM-DD", "DD.MM.YYYY"; "ISO 8601"
// reads as YYYY-MM-DD), uppercased; empty when there is none.
std::string DatePattern(std::string_view text) {
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    const char c = static_cast<char>(std::toupper(static_cast<unsigned char>(text[i])));
    if (c != 'Y' && c != 'D' && c != 'M') continue;
    if (i > 0 && std::isalpha(static_cast<unsigned char>(text[i - 1]))) continue;
    std::size_t e = i;
    std::string p;
    while (e < text.size()) {
      const char u = static_cast<char>(std::toupper(static_cast<unsigned char>(text[e])));
      if (u == 'Y' || u == 'M' || u == 'D') p += u;
      else if (u == '-' || u == '.' || u == '/') p += u;
      else break;
      ++e;
    }
    if (e < text.size() && std::isalpha(static_cast<unsigned char>(text[e]))) continue;
    while (!p.empty() && (p.back() == '.' || p.back() == '-' || p.back() == '/')) p.pop_back();
    if (p.find("YY") != std::string::npos && p.find("MM") != std::string::npos && p.find("DD") != std::string::npos) {
      return p;
    }
  }
  for (std::size_t i = text.find("ISO"); i != std::string_view::npos; i = text.find("ISO", i + 1)) {
    const std::string_view rest = text.substr(i + 3);
    if (rest.rfind(" 8601", 0) == 0 || rest.rfind(" format", 0) == 0 || rest.rfind(" date", 0) == 0) {
      return "YYYY-MM-DD";
    }
  }
  return {};
}

bool MatchesDatePattern(std::string_view value, std::string_view pattern) {
  if (value.size() != pattern.size()) return false;
  for (std::size_t i = 0; i < value.size(); ++i) {
    const char p = pattern[i];
    if (p == 'Y' || p == 'M' || p == 'D') {
      if (!std::isdigit(static_cast<unsigned char>(value[i]))) return false;
    } else if (value[i] != p) {
      return false;
    }
  }
  return true;
}

// ------------------------------------------------------------ roles

// Words that pick a role ("who received the money") or rule one out ("did
// not move to") among several named in one sentence.
bool IsRoleWord(std::string_view w) {
  static const vocab::WordSet kRoles = {
      "received", "receive",  "receiver", "recipient", "paid",    "payer",   "payee",    "sent",   "sender",
      "bought",   "buyer",    "sold",     "seller",    "lent",    "lender",  "borrowed", "borrower", "gave",
      "giver",    "owes",     "owed",     "landlord",  "tenant",  "hired",   "employer", "employee", "winner",
      "loser",    "beat",     "chose",    "chosen",    "rejected", "considered", "replaced", "visited"};
  return kRoles.Has(w);
}

bool RuledOut(const std::vector<std::string>& words, std::size_t i) {
  // "did not", "was not", "never"
  if (words[i] == "never") return true;
  if (words[i] != "not" || i == 0) return false;
  static const vocab::WordSet kAux = {"did", "does", "do", "was", "were", "is", "are", "has", "have", "had"};
  return kAux.Has(words[i - 1]) && words[i - 1] != "do";
}

namespace {

// The qualifiers of one clause, each with the (up to three) words before it.
void ReadQualifiers(const std::vector<std::string>& words, bool every_member, std::vector<SourceText::Ask>* asks) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    const unsigned q = QualifierAt(words, i);
    if (q == kNoQualifier) continue;
    SourceText::Ask a;
    a.qualifier = q;
    a.every_member = every_member;
    if (!every_member) a.words.assign(words.begin() + static_cast<long>(i >= 3 ? i - 3 : 0), words.begin() + static_cast<long>(i));
    asks->push_back(std::move(a));
  }
}

}  // namespace

void ReadAsks(const SourceText& source, std::vector<SourceText::Ask>* asks, bool* role) {
  *role = false;
  // Qualifiers over the whole instruction: an abbreviation's dot ("ekskl.
  // mva") ends no clause.
  ReadQualifiers(source.instruction_words(), false, asks);
  for (const std::vector<std::string>& sentence : source.instruction_sentences()) {
    for (std::size_t i = 0; i < sentence.size(); ++i) {
      if (const unsigned f = FormAt(sentence, i)) {
        SourceText::Ask a;
        a.forms = f;
        if (f == kFirstName) {
          // Its member is named right before ("the contact's first name") or
          // after ("the first name of the contact"), not elsewhere in a list.
          const std::size_t from = i >= 3 ? i - 3 : 0;
          a.words.assign(sentence.begin() + static_cast<long>(from), sentence.begin() + static_cast<long>(i));
          if (i + 3 < sentence.size() && sentence[i + 2] == "of") {
            const std::size_t to = std::min(sentence.size(), i + 6);
            a.words.insert(a.words.end(), sentence.begin() + static_cast<long>(i + 3), sentence.begin() + static_cast<long>(to));
          }
        } else {
          a.words = sentence;
        }
        asks->push_back(std::move(a));
      }
      *role = *role || IsRoleWord(sentence[i]) || RuledOut(sentence, i);
    }
  }
  // A question in the text ("could you confirm the amount before VAT?").
  const std::vector<Token>& t = source.tokens();
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!t[i].in_source || t[i].norm != "?") continue;
    const std::pair<std::size_t, std::size_t> s = source.SentenceOf(i);
    std::vector<std::string> words;
    for (std::size_t k = s.first; k < s.second; ++k) {
      if (t[k].kind == TokenKind::kWord) words.push_back(t[k].norm);
    }
    ReadQualifiers(words, true, asks);
  }
  // Date patterns, line by line of the instruction part.
  const std::string_view prompt = source.prompt();
  if (prompt.find("YY") == std::string_view::npos && prompt.find("yy") == std::string_view::npos &&
      prompt.find("ISO") == std::string_view::npos) {
    return;
  }
  auto read_lines = [&](std::string_view part) {
    std::size_t b = 0;
    while (b < part.size()) {
      std::size_t e = part.find('\n', b);
      if (e == std::string_view::npos) e = part.size();
      const std::string_view line = part.substr(b, e - b);
      std::string pattern = DatePattern(line);
      if (!pattern.empty()) {
        SourceText::Ask a;
        a.date_pattern = std::move(pattern);
        a.words = AsciiWords(line);
        asks->push_back(std::move(a));
      }
      b = e + 1;
    }
  };
  std::size_t from = 0;
  for (const auto& [b, e] : source.source_ranges()) {
    read_lines(prompt.substr(from, b - from));
    from = e;
  }
  read_lines(prompt.substr(std::min(from, prompt.size())));
}

// A word that negates another by its prefix ("unpaid", "nonsmoker",
// "unconfirmed"); not "under", "until", "units", "unique".
bool Negated(std::string_view w) {
  static const vocab::WordSet kNot = {"under", "until", "units", "unique", "united", "universal", "university",
                                      "unless", "uniform", "union", "unions", "unity", "uncle", "uncles", "nonce"};
  return w.size() > 4 && (w.compare(0, 2, "un") == 0 || w.compare(0, 3, "non") == 0) && !kNot.Has(w);
}

void ReadMemberAsks(const rapidjson::Value* schema_json, std::string_view key, MemberLabelTable::Entry* entry) {
  const rapidjson::Value* node = PropertySchema(schema_json, key);
  const rapidjson::Value* ref = LocalRef(schema_json, node);
  // Its descriptions and titles: its own, its local $ref's, the schema's.
  std::vector<std::string> words;
  for (std::string_view text : {Description(node), Title(node), Description(ref), Title(ref), Description(schema_json),
                                Title(schema_json)}) {
    const std::vector<std::string> w = AsciiWords(text);
    words.insert(words.end(), w.begin(), w.end());
  }
  for (std::size_t i = 0; i < words.size(); ++i) {
    entry->asked_qualifier |= QualifierAt(words, i);
    entry->asked_forms |= FormAt(words, i);
    entry->asked_role = entry->asked_role || IsRoleWord(words[i]) || RuledOut(words, i);
  }
  entry->asked_date = DatePattern(Description(node));
  // Its units as written (the key's parts split at '_' and '-' only: "kB"
  // of "size_kB" stays one word).
  std::string key_words_spaced(key);
  for (char& c : key_words_spaced) {
    if (c == '_' || c == '-') c = ' ';
  }
  for (std::string_view text : {std::string_view(key_words_spaced), Description(node), Title(node), Description(ref),
                                Title(ref)}) {
    for (const Token& t : Tokenize(text)) {
      if (t.kind != TokenKind::kWord || t.norm.size() < 2 || t.norm.size() > 4) continue;
      const std::string_view raw = text.substr(t.begin, t.end - t.begin);
      if (!vocab::IsPrefixedUnit(t.norm) && !CaseMarked(raw)) continue;
      if (std::find(entry->unit_forms.begin(), entry->unit_forms.end(), raw) == entry->unit_forms.end()) {
        entry->unit_forms.emplace_back(raw);
      }
    }
  }
  // A figure computed from several values, by its name or descriptions
  // ("total_guests", "the average delivery time").
  for (const std::string& w : words) {
    if (IsComputedWord(w)) entry->asked_forms |= kComputed;
  }
  for (const std::string& w : LabelWords(key)) {
    if (IsComputedWord(w)) entry->asked_forms |= kComputed;
  }
  for (std::string_view v : EnumStrings(schema_json, node)) entry->enum_values.emplace_back(v);
  entry->nullable = AllowsNull(schema_json, node);
  entry->may_be_many = AllowsType(schema_json, node, "array", "object") || Untyped(schema_json, node);
  // Its name's own qualification ("price_incl_vat", "total_ex_vat"); a
  // member that is the charge itself ("vat", "shipping_fee") is not
  // qualified by it.
  const std::vector<std::string> key_words = AsciiWords(key);
  unsigned key_qualifier = kNoQualifier;
  for (std::size_t i = 0; i < key_words.size(); ++i) key_qualifier |= QualifierAt(key_words, i);
  for (const std::string& w : key_words) {
    if (IsCharge(w) && key_qualifier == kNoQualifier) entry->asked_qualifier = kNoQualifier;
  }
  entry->asked_qualifier |= key_qualifier;
  // Its meaning words: those of the texts above that say more than an
  // instruction says of any value, and those of its name that ask for
  // another unit, scale, form, role or the negation ("budget_millions",
  // "discount_fraction", "unpaid"; not "origin" beside a description
  // "From", which is the text's label).
  // A word of its own name says nothing more ("Age" for "age"; "Current
  // city" for "city" says "current").
  const std::vector<std::string> name = LabelWords(key);
  auto canonical = [](const std::string& w) { return std::string(vocab::Canonical(vocab::Singular(w))); };
  std::vector<std::string> name_canonical;
  for (const std::string& w : name) name_canonical.push_back(canonical(w));
  std::vector<std::string> meaning;
  // What its descriptions and titles say beyond the words IsMeaningWord
  // reads (round 97): a sign AsciiWords drops ("Price (\xC2\xA2)", "Gross (\xC2\xA3)",
  // "\xE2\x80\xA0" for a death); a form in words ("in words", "written out"); and in
  // a title, or a description of one word, a word of place or order
  // ("End" on `start`, "To" on `departure`), which instructions also use.
  bool in_words = false;
  std::vector<std::string> place_words;  // read whatever IsMeaningWord says ("end", "words")
  for (std::string_view text : {Description(node), Title(node), Description(ref), Title(ref)}) {
    static const std::pair<std::string_view, std::string_view> kSigns[] = {
        {"\xC2\xA2", "cents"}, {"\xE2\x82\xAC", "\xE2\x82\xAC"}, {"\xC2\xA3", "\xC2\xA3"},
        {"\xC2\xA5", "\xC2\xA5"}, {"$", "$"}, {"\xE2\x82\xB9", "inr"}, {"%", "percent"},
        {"\xE2\x80\xB0", "permille"}, {"\xE2\x80\xA0", "\xE2\x80\xA0"}, {"\xE2\x80\xB3", "\xE2\x80\xB3"},
        {"\xE2\x86\x92", "\xE2\x86\x92"}};
    for (const auto& [sign, word] : kSigns) {
      if (text.find(sign) != std::string_view::npos) words.emplace_back(word);
    }
    const std::vector<std::string> w = AsciiWords(text);
    for (std::size_t i = 0; i + 1 < w.size(); ++i) {
      const bool form = (w[i] == "in" || w[i] == "as" || w[i] == "into") && (w[i + 1] == "words" || w[i + 1] == "letters");
      const bool out = (w[i] == "written" || w[i] == "write" || w[i] == "spelled" || w[i] == "spelt" ||
                        w[i] == "spell") && w[i + 1] == "out";
      in_words = in_words || form || out;
    }
    static const vocab::WordSet kPlaceWords = {"start", "starting", "begin", "beginning", "end", "ending", "finish",
                                               "finishing", "final", "return", "returning", "first", "last", "next",
                                               "previous", "new", "old", "from", "to", "into", "until", "since"};
    const bool title = text.data() == Title(node).data() || text.data() == Title(ref).data();
    if (title || w.size() == 1) {
      for (const std::string& x : w) {
        if (kPlaceWords.Has(x)) place_words.push_back(x);
      }
    }
  }
  if (in_words) place_words.emplace_back("words");
  const auto add = [&](std::string& w, bool read) {
    if (read && std::find(name_canonical.begin(), name_canonical.end(), canonical(w)) == name_canonical.end()) {
      meaning.push_back(std::move(w));
    }
  };
  for (std::string& w : words) add(w, IsMeaningWord(w));
  for (std::string& w : place_words) add(w, true);
  for (std::string w : name) {
    if (AsksTransform(w) || AsksConversion(w) || IsRoleWord(w) || vocab::IsNegation(w) || Negated(w)) {
      meaning.push_back(std::move(w));
    }
  }
  for (std::string& w : meaning) {
    if (std::find(entry->meaning_words.begin(), entry->meaning_words.end(), w) == entry->meaning_words.end()) {
      entry->meaning_words.push_back(std::move(w));
    }
  }
  for (const std::string& w : entry->meaning_words) {
    if (AsksConversion(w) || (in_words && w == "words")) entry->conversion_words.push_back(w);
    if (Negated(w)) entry->negation_words.push_back(w);
  }
}

bool IsMeaningWord(std::string_view w) {
  if (vocab::IsNegation(w)) return true;  // "the person's mother, not the person"
  if (w.empty() || vocab::IsInstructionWord(w) || vocab::IsFiller(w) || vocab::IsSourceMarkerNoun(w) ||
      vocab::IsFormattingWord(w) || vocab::IsInstructionVerb(w)) {
    return false;
  }
  // Words that name what any value is, not what this one means.
  static const vocab::WordSet kGeneric = {
      "value", "values", "field", "fields", "number", "string", "integer", "boolean", "object", "array", "list",
      "item", "items", "key", "keys", "name", "type", "mentioned", "stated", "written", "listed", "given", "named",
      "person", "full", "schema", "answer", "result", "results", "response",
      "true", "false", "null", "if", "otherwise", "when", "whether", "exactly", "appears", "found", "specified",
      "requested", "relevant", "corresponding", "associated", "respective", "information", "info"};
  return !kGeneric.Has(w);
}

bool IsScaleWord(std::string_view w) {
  static const vocab::WordSet kWords = {
      "thousand", "thousands", "tsd", "tausend", "tausende", "tusen", "tusind", "tuhat", "duizend", "mille",
      "milliers", "millier", "mil", "miles", "tys", "tysiecy", "million", "millions", "mn", "mln", "mio", "mill",
      "millioner", "millionen", "millones", "millon", "miljoen", "miljon", "miljoner", "milioni", "billion",
      "billions", "bn", "milliard", "milliards", "milliarder", "mrd", "mrds", "lakh", "lakhs", "crore", "crores",
      "dozen", "dozens", "dusin", "dutzend", "douzaine", "douzaines", "docena", "docenas", "dozijn", "hundreds",
      "hundre", "hundert", "hundred", "tkr", "mkr", "mnkr", "mdkr", "mrdkr", "tsek", "multiplier", "multiply",
      "multiplied", "factor", "scaled", "scale"};
  if (kWords.Has(w)) return true;
  // A currency code with a scale letter before it: "tnok", "keur", "musd".
  if (w.size() == 4 && (w[0] == 't' || w[0] == 'k' || w[0] == 'm')) {
    static const vocab::WordSet kCurrencies = {"nok", "sek", "dkk", "eur", "usd", "gbp", "chf", "isk", "pln", "jpy",
                                               "cad", "aud", "cny", "inr"};
    return kCurrencies.Has(w.substr(1));
  }
  return false;
}

bool AsksTransform(std::string_view w) {
  static const vocab::WordSet kWords = {
      // scale
      "thousand", "thousands", "million", "millions", "billion", "billions", "mn", "bn", "mio", "mrd", "keur",
      "kusd", "meur", "musd", "percent", "percentage", "percentages", "pct", "fraction", "fractions", "decimal",
      "decimals", "basis", "bp", "bps", "mille", "permille", "cent", "cents", "pence", "ore", "hundredth",
      "hundredths", "tenth", "tenths", "ratio", "proportion", "prosent", "prozent", "porcentaje", "pourcentage",
      // form
      "iso", "alpha", "uppercase", "lowercase", "capitals", "capitalised", "capitalized", "initials", "initial",
      "abbreviation", "abbreviated", "acronym", "international", "e164", "national", "digits", "significant",
      "spelled", "roman", "numeral", "numerals", "binary", "hex", "hexadecimal", "slug", "reversed", "reverse",
      "rounded", "round", "rounding", "nearest", "truncated", "unix", "epoch", "timestamp",
      // time
      "utc", "gmt", "cet", "cest", "eet", "est", "edt", "cst", "pst", "pdt", "bst", "timezone", "zone", "local",
      "pm", "weekday", "weekdays", "quarter", "fiscal",
      // a figure computed from the text
      "total", "sum", "average", "mean", "median", "count", "maximum", "minimum", "highest", "lowest", "largest",
      "smallest", "oldest", "youngest", "latest", "earliest", "cheapest", "dearest", "difference", "remaining",
      "balance", "annual", "annually", "yearly", "monthly", "weekly", "daily", "hourly", "double", "half", "twice",
      "triple", "combined", "altogether", "overall", "converted", "conversion", "equivalent", "exchange"};
  // A unit word of two letters or more ("kg", "grams", "hours"; not the
  // "s" of "guest's", "in", or the ordinal "second").
  return kWords.Has(w) || IsScaleWord(w) || (w.size() >= 2 && w != "in" && w != "second" && !vocab::UnitOf(w).empty());
}

std::string_view CurrencyOf(std::string_view w) {
  static const std::initializer_list<std::pair<std::string_view, std::string_view>> kCurrencies = {
      {"eur", "eur"}, {"euro", "eur"}, {"euros", "eur"}, {"\xE2\x82\xAC", "eur"}, {"usd", "usd"},
      {"dollar", "usd"}, {"dollars", "usd"}, {"$", "usd"}, {"us$", "usd"}, {"gbp", "gbp"}, {"\xC2\xA3", "gbp"},
      {"sterling", "gbp"}, {"nok", "nok"}, {"sek", "sek"}, {"dkk", "dkk"}, {"kr", "kr"}, {"kroner", "kr"},
      {"kronor", "kr"}, {"chf", "chf"}, {"franc", "chf"}, {"francs", "chf"}, {"jpy", "jpy"}, {"yen", "jpy"},
      {"\xC2\xA5", "jpy"}, {"pln", "pln"}, {"zloty", "pln"}, {"cad", "cad"}, {"aud", "aud"}, {"inr", "inr"},
      {"rupee", "inr"}, {"rupees", "inr"}, {"cny", "cny"}, {"yuan", "cny"}};
  for (const auto& [word, code] : kCurrencies) {
    if (word == w) return code;
  }
  return {};
}

namespace {

// Forms of a string no text states as it stands ("iso", "uppercase",
// "utc"): AsksConversion's words that are not about numbers.
bool AsksStringConversion(std::string_view w) {
  static const vocab::WordSet kWords = {
      "iso", "alpha", "uppercase", "lowercase", "capitals", "capitalised", "capitalized", "initials",
      "abbreviation", "abbreviated", "acronym", "e164", "roman", "binary", "hex", "hexadecimal", "slug", "reversed",
      "unix", "epoch", "timestamp", "utc", "gmt", "cet", "cest", "eet", "edt", "pst", "pdt", "bst", "weekday"};
  return kWords.Has(w);
}

}  // namespace

bool AsksConversion(std::string_view w) {
  // Words whose value is rarely the text's as it stands: the text's copy is
  // wrong unless the text states the word too. (Not "decimal", "rounded",
  // "fraction", "local": a value in those is often the text's own.)
  static const vocab::WordSet kNumbers = {"percent", "percentage", "percentages", "pct", "prosent", "prozent",
                                          "porcentaje", "pourcentage", "basis", "bp", "bps", "permille", "cent",
                                          "cents", "pence", "ore", "øre"};
  if (kNumbers.Has(w) || AsksStringConversion(w) || !CurrencyOf(w).empty()) return true;
  // A scale word that is no unit ("thousands", "TNOK"; not "miles"), and a
  // unit word (judged against the unit the text gives: UnitDimension).
  // (Not one letter, nor "in", "second" or "min", which say other things.)
  return (IsScaleWord(w) && vocab::UnitOf(w).empty()) ||
         (w.size() >= 2 && w != "in" && w != "second" && w != "min" && UnitDimension(vocab::UnitOf(w)) != 0);
}

std::pair<std::size_t, std::size_t> ClauseAround(const std::vector<std::string>& words, std::size_t i,
                                                 std::size_t reach) {
  std::size_t from = i, to = i + 1;
  while (from > 0 && i - from < reach && words[from - 1] != "and" && words[from - 1] != "or") --from;
  while (to < words.size() && to - i <= reach && words[to] != "and" && words[to] != "or") ++to;
  return {from, to};
}

bool AsksNumberConversion(std::string_view w) { return AsksConversion(w) && !AsksStringConversion(w); }

char UnitDimension(std::string_view unit) {
  static const std::initializer_list<std::pair<std::string_view, char>> kDimensions = {
      {"km", 'L'}, {"m", 'L'}, {"cm", 'L'}, {"mm", 'L'}, {"mi", 'L'}, {"ft", 'L'}, {"in", 'L'},
      {"kg", 'M'}, {"g", 'M'}, {"mg", 'M'}, {"t", 'M'}, {"lb", 'M'}, {"oz", 'M'}, {"l", 'V'}, {"ml", 'V'},
      {"s", 'T'}, {"min", 'T'}, {"h", 'T'}, {"d", 'T'}, {"wk", 'T'}, {"mo", 'T'}, {"yr", 'T'},
      {"c", 'K'}, {"f", 'K'}, {"k", 'K'}, {"kb", 'B'}, {"mb", 'B'}, {"gb", 'B'},
      {"kbit", 'B'}, {"mbit", 'B'}, {"gbit", 'B'}, {"tbit", 'B'}, {"pbit", 'B'}};
  for (const auto& [u, d] : kDimensions) {
    if (u == unit) return d;
  }
  return 0;
}

bool PossessiveOfAnother(const std::vector<Token>& t, std::size_t i, std::size_t from, std::size_t to,
                         const std::vector<std::string>& said) {
  return (t[i].norm == "'" || t[i].norm == "\xE2\x80\x99") && i > from && i + 1 < to && t[i + 1].norm == "s" &&
         t[i - 1].kind == TokenKind::kWord &&
         std::find(said.begin(), said.end(), t[i - 1].norm) == said.end();
}

bool AsksWhose(const std::vector<Token>& t) {
  for (std::size_t i = 0; i + 1 < t.size(); ++i) {
    if (t[i].in_source) continue;
    if ((t[i].norm == "'" || t[i].norm == "\xE2\x80\x99") && i > 0 && t[i + 1].norm == "s" &&
        t[i - 1].kind == TokenKind::kWord) {
      return true;
    }
    if (t[i].norm == "of" && t[i + 1].kind == TokenKind::kWord) return true;
  }
  return false;
}

bool GivesToAnother(const std::vector<Token>& t, std::size_t from, std::size_t to, const std::vector<std::string>& said,
                    std::string_view prompt, bool* record) {
  static const vocab::WordSet kRecord = {"details", "detail", "record", "records", "data", "information", "info",
                                         "profile", "card", "entry", "entries", "values", "fields", "contact"};
  static const vocab::WordSet kDeterminer = {"the", "our", "a", "an", "their", "your", "that", "this",
                                             "his", "her", "my", "its", "these", "those"};
  // Words that say whom a text is about ("details re: our front desk below",
  // "subject: the manager, details below"; "about" and "subject" only as a
  // heading's, before a colon: not "a note about the stay below").
  static const vocab::WordSet kAbout = {"re", "ref", "regarding", "concerning", "wrt", "attn"};
  static const vocab::WordSet kPossessive = {"his", "her", "its", "their", "our", "my", "your"};
  static const vocab::WordSet kHeading = {"about", "subject"};
  static const vocab::WordSet kPointer = {"below", "above", "following", "attached", "enclosed"};
  const auto unsaid = [&](const std::string& w) { return std::find(said.begin(), said.end(), w) == said.end(); };
  // A word at k that names a party the instruction does not: lower case (not
  // a name, "Details of Ada Holm:"), not the text ("End of record."), no
  // record word, no filler.
  const auto one_party_at = [&](std::size_t k) {
    return k < to && t[k].kind == TokenKind::kWord && unsaid(t[k].norm) && !vocab::IsFiller(t[k].norm) &&
           !vocab::IsSourceMarkerNoun(t[k].norm) && !kRecord.Has(t[k].norm) && !kPointer.Has(t[k].norm) &&
           std::islower(static_cast<unsigned char>(prompt[t[k].begin]));
  };
  // (A party named with a record's or the text's word before its own: "the
  // information desk", "my booking desk", "the ticket counter".)
  const auto party_at = [&](std::size_t k) {
    return one_party_at(k) ||
           (k + 1 < to && t[k].kind == TokenKind::kWord &&
            (kRecord.Has(t[k].norm) || vocab::IsSourceMarkerNoun(t[k].norm)) &&
            std::islower(static_cast<unsigned char>(prompt[t[k].begin])) && one_party_at(k + 1));
  };
  *record = false;
  bool gives = false, about = false, points = false;
  for (std::size_t i = from; i < to; ++i) {
    const bool word = t[i].kind == TokenKind::kWord;
    *record = *record || (word && kRecord.Has(t[i].norm));
    points = points || (word && kPointer.Has(t[i].norm));
    if (PossessiveOfAnother(t, i, from, to, said) && std::islower(static_cast<unsigned char>(prompt[t[i - 1].begin]))) {
      gives = true;
    }
    // (Not "End of record.", "Copy of the customer record", "Details of
    // Ada Holm:": the text, the asked party, a name.)
    if (t[i].norm == "of") {
      std::size_t k = i + 1;
      if (k < to && kDeterminer.Has(t[k].norm)) ++k;
      gives = gives || party_at(k);
    }
    // "re: the front desk", "concerning: our manager", "details on his desk
    // below" (round 255): whom the text is about, where it speaks of the
    // record or points at it. ("our" after a colon, "on", "is" or "are":
    // "details: our front desk, below", "information on our branch", "this
    // is our front desk."; not "details from our front desk", who sent them.)
    const bool our = t[i].norm == "our" && i > from &&
                     (t[i - 1].norm == ":" || t[i - 1].norm == "on" || t[i - 1].norm == "is" || t[i - 1].norm == "are");
    if (word && t[i].norm == "on" && i + 1 < to && kPossessive.Has(t[i + 1].norm)) about = about || party_at(i + 2);
    if (word && (kAbout.Has(t[i].norm) || our ||
                 (kHeading.Has(t[i].norm) && i + 1 < to && t[i + 1].norm == ":"))) {
      std::size_t k = i + 1;
      if (!our) {
        while (k < to && (t[k].norm == ":" || t[k].norm == "." || t[k].norm == "-")) ++k;
        if (k < to && t[k].norm == "re") ++k;
        if (k < to && kDeterminer.Has(t[k].norm)) ++k;
      }
      about = about || party_at(k);
    }
  }
  return gives || (about && (*record || points));
}

}  // namespace stepcache::checks::internal
