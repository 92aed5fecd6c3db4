#include "value_kind.h"

#include <algorithm>
#include <cstddef>

#include "text_chars.h"
#include "vocabulary.h"

namespace stepcache::checks::internal {
namespace {

// The kinds of value a member's label words name, as bits: read in one pass
// over the words.
enum Kind : unsigned {
  kPhone = 1u << 0, kEmail = 1u << 1, kWeb = 1u << 2, kNotWeb = 1u << 3, kDate = 1u << 4, kDigits = 1u << 5,
  kEmployer = 1u << 6, kFreeText = 1u << 7
};

unsigned KindsOf(const std::vector<std::vector<std::string>>& labels) {
  static const vocab::WordTable<unsigned> kKinds = {
      {"phone", kPhone}, {"telephone", kPhone}, {"tel", kPhone}, {"mobile", kPhone}, {"cell", kPhone},
      {"cellphone", kPhone}, {"fax", kPhone}, {"landline", kPhone}, {"whatsapp", kPhone}, {"telefon", kPhone},
      {"telefono", kPhone}, {"handy", kPhone}, {"email", kEmail}, {"mail", kEmail}, {"website", kWeb},
      {"url", kWeb}, {"homepage", kWeb}, {"web", kWeb}, {"www", kWeb}, {"webpage", kWeb}, {"site", kWeb},
      {"name", kNotWeb}, {"location", kNotWeb}, {"code", kNotWeb}, {"id", kNotWeb}, {"number", kNotWeb},
      {"date", kDate}, {"expiry", kDate}, {"expiration", kDate}, {"birthday", kDate}, {"dob", kDate},
      {"deadline", kDate}, {"birthdate", kDate}, {"dato", kDate}, {"datum", kDate}, {"fecha", kDate},
      {"age", kDigits}, {"zip", kDigits}, {"postcode", kDigits}, {"postal", kDigits}, {"employer", kEmployer},
      {"company", kEmployer}, {"workplace", kEmployer}, {"firm", kEmployer}, {"organisation", kEmployer},
      {"organization", kEmployer}, {"arbeitgeber", kEmployer}, {"arbeidsgiver", kEmployer},
      {"arbetsgivare", kEmployer}, {"employeur", kEmployer}, {"note", kFreeText}, {"comment", kFreeText},
      {"remark", kFreeText}, {"description", kFreeText}, {"instruction", kFreeText}, {"message", kFreeText},
      {"text", kFreeText}, {"summary", kFreeText}, {"detail", kFreeText}, {"reason", kFreeText}};
  unsigned kinds = 0;
  for (const std::vector<std::string>& words : labels) {
    unsigned set = 0;
    for (const std::string& w : words) {
      if (const unsigned* k = kKinds.Find(w)) set |= *k;
    }
    // (A web address's label that names something else: "Site name",
    // "Site location".)
    if ((set & kNotWeb) != 0) set &= ~kWeb;
    kinds |= set & ~kNotWeb;
  }
  return kinds;
}

std::size_t Digits(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), IsDigit));
}

// "name@host.tld": a mailbox, an '@', and a host with a dot between two
// non-empty parts, in one run without spaces.
bool HoldsEmailAddress(std::string_view s) {
  for (std::size_t at = s.find('@'); at != std::string_view::npos; at = s.find('@', at + 1)) {
    if (at == 0 || IsSpace(s[at - 1])) continue;
    std::size_t end = at + 1;
    while (end < s.size() && !IsSpace(s[end]) && s[end] != '>' && s[end] != ')' && s[end] != ',') ++end;
    const std::string_view host = s.substr(at + 1, end - at - 1);
    const std::size_t dot = host.rfind('.');
    if (dot != std::string_view::npos && dot > 0 && dot + 1 < host.size()) return true;
  }
  return false;
}

// A host name with a dot between two non-empty parts once "scheme://" and
// "www." are set aside ("example.org", "https://www.firm.no/contact"; not
// "https://", "www.", "coming soon").
bool HoldsHostName(std::string_view s) {
  s = Trim(s);
  if (const std::size_t scheme = s.find("://"); scheme != std::string_view::npos) s.remove_prefix(scheme + 3);
  std::string lower(s.substr(0, std::min<std::size_t>(s.size(), 4)));
  for (char& c : lower) c = Lower(c);
  if (lower == "www.") s.remove_prefix(4);
  std::size_t end = 0;
  while (end < s.size() && !IsSpace(s[end]) && s[end] != '/' && s[end] != '?' && s[end] != '#') ++end;
  const std::string_view host = s.substr(0, end);
  const std::size_t dot = host.find('.');
  return dot != std::string_view::npos && dot > 0 && dot + 1 < host.size() && host[dot + 1] != '.';
}

// Words that say a thing is absent, in a value of several words ("no
// fax", "has no phone", "har ikke", "kein E-Mail", "sans emploi", "does
// not use e-mail"). "No." before a number names one ("No. 5") and is no
// such word.
bool SaysNone(std::string_view value) {
  // (Short values only: a sentence of a free text may deny something else.)
  if (value.size() > 60) return false;
  static const vocab::WordSet kNone = {"no",     "not",   "none",  "never",  "without", "n't",   "ingen",  "ikke",
                                   "inget",  "intet", "inte",  "kein",   "keine",   "keinen", "keiner", "nicht",
                                   "ohne",   "sans",  "pas",   "aucun",  "aucune",  "sin",    "sem",    "nessun",
                                   "nessuna", "nessuno", "geen", "niet", "uten",    "utan",   "brak",   "nie",
                                   "nobody", "nothing", "don't", "doesn't", "hasn't", "isn't", "niemand", "nadie",
                                   "nada",   "nichts", "nenhum",
                                   // ... in other scripts and languages ("なし", "없음", "yok", "žádný",
                                   // "κανένα", "nincs", "не назначен", "ei määritetty", "(leer)").
                                   "\xE3\x81\xAA\xE3\x81\x97", "\xE7\x84\xA1\xE3\x81\x97", "\xE6\x97\xA0",
                                   "\xE6\xB2\xA1\xE6\x9C\x89", "\xEC\x97\x86\xEC\x9D\x8C", "yok",
                                   "kh\xC3\xB4ng", "\xC5\xBE\xC3\xA1" "dn\xC3\xBD", "\xC5\xBE\xC3\xA1" "dn\xC3\xA1",
                                   "\xC5\xBE\xC3\xA1" "dn\xC3\xA9", "\xCE\xBA\xCE\xB1\xCE\xBD\xCE\xAD\xCE\xBD\xCE\xB1",
                                   "\xCE\xBA\xCE\xB1\xCE\xBD\xCE\xAD\xCE\xBD\xCE\xB1\xCF\x82",
                                   "\xD7\x90\xD7\x99\xD7\x9F", "\xD9\x84\xD8\xA7", "nincs", "\xD0\xBD\xD0\xB5",
                                   "\xD0\xBD\xD0\xB5\xD1\x82", "ezer", "leer", "ei", "\xE4\xB8\x8D\xE6\x98\x8E",
                                   "\xE0\xA4\xA8\xE0\xA4\xB9\xE0\xA5\x80\xE0\xA4\x82",
                                   "\xE0\xB9\x84\xE0\xB8\xA1\xE0\xB9\x88\xE0\xB8\xA1\xE0\xB8\xB5", "tidak", "hakuna",
                                   "niciunul", "niciuna", "\x6E\xC4\x97\x72\x61", "nav", "puudub", "enginn",
                                   "\xD0\xBD\xD0\xB5\xD0\xBC\xD0\xB0\xD1\x94",
                                   "\xE6\x9C\xAA\xE5\x88\x86\xE9\x85\x8D"};
  // Words split at blanks and marks, lower-cased (ASCII), read in place.
  char word[48];
  std::size_t words = 0;
  for (std::size_t i = 0; i < value.size();) {
    const auto letter = [&](std::size_t k) {
      return IsAsciiAlpha(value[k]) || static_cast<unsigned char>(value[k]) >= 0x80 || value[k] == '\'';
    };
    while (i < value.size() && !letter(i)) ++i;
    std::size_t n = 0;
    while (i < value.size() && letter(i)) {
      if (n < sizeof word) word[n++] = Lower(value[i]);
      ++i;
    }
    if (n == 0 || n == sizeof word) continue;
    if (++words > 5) return false;
    const std::string_view w(word, n);
    if (!kNone.Has(w)) continue;
    // "No. 5", "No 12": a number's word.
    if (w == "no") {
      std::size_t k = i;
      while (k < value.size() && IsSpace(value[k])) ++k;
      if (k == value.size() || !letter(k)) continue;
    }
    return true;
  }
  return false;
}

// A whole value that says a person has no employer ("unemployed",
// "between jobs", "arbeitslos", "private person").
bool NoEmployer(std::string_view value) {
  static const vocab::WordSet kStates = {
      "unemployed", "jobless", "out of work", "between jobs", "looking for work", "job seeker", "jobseeker",
      "retired", "pensioner", "arbeitslos", "erwerbslos", "rentner", "rentnerin", "arbeidsledig", "arbeidsl\xC3\xB8s",
      "pensjonist", "arbetsl\xC3\xB6s", "pension\xC3\xA4r", "ch\xC3\xB4meur", "ch\xC3\xB4meuse", "sans emploi",
      "retrait\xC3\xA9", "desempleado", "desempleada", "parado", "parada", "jubilado", "jubilada", "disoccupato",
      "disoccupata", "pensionato", "pensionata", "werkloos", "gepensioneerd", "bezrobotny", "bezrobotna",
      "private person", "private individual", "privatperson", "privatperso", "privat", "private", "particulier",
      "particuli\xC3\xA8re", "particular", "student", "homemaker", "housewife"};
  std::string lower(Trim(value));
  for (char& c : lower) c = Lower(c);
  while (!lower.empty() && (lower.back() == '.' || lower.back() == '!')) lower.pop_back();
  return kStates.Has(lower);
}

}  // namespace

std::optional<std::string> NotAValueOfItsKind(const std::vector<std::vector<std::string>>& labels,
                                              std::string_view value) {
  const std::string_view v = Trim(value);
  if (v.empty()) return std::nullopt;
  const unsigned kinds = KindsOf(labels);
  // The shortest numbers people are given to call have five digits; "+47",
  // "0047" and "(+47)" are a country's code alone.
  if ((kinds & kPhone) != 0 && Digits(v) < 5) return "it holds fewer than five digits, no phone number";
  if ((kinds & kEmail) != 0 && !HoldsEmailAddress(v)) return "it holds no e-mail address (name@host)";
  if ((kinds & kWeb) != 0 && !HoldsHostName(v)) return "it holds no web address (a host name such as example.org)";
  if ((kinds & kDate) != 0) {
    if (Digits(v) == 0) return "it holds no digit, no date";
    const char last = v.back();
    if (last == '-' || last == '/' || last == '.') return "it ends in a dash, slash or dot: a date cut short";
  }
  if ((kinds & kDigits) != 0 && Digits(v) == 0) return "it holds no digit";
  if ((kinds & kEmployer) != 0 && NoEmployer(v)) return "it says there is none";
  if ((kinds & kFreeText) == 0 && SaysNone(v)) return "its words say there is none";
  return std::nullopt;
}

}  // namespace stepcache::checks::internal
