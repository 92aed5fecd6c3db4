#include "value_kind.h"

#include <algorithm>
#include <cstddef>

#include "text_chars.h"
#include "vocabulary.h"

namespace stepcache::checks::internal {
namespace {

// Whether a label set holds one of `any` (and, when `unless` is given, none
// of `unless`).
bool Has(const std::vector<std::vector<std::string>>& labels, std::initializer_list<std::string_view> any,
         std::initializer_list<std::string_view> unless = {}) {
  const auto in = [](const std::vector<std::string>& words, std::initializer_list<std::string_view> list) {
    return std::any_of(words.begin(), words.end(), [&](const std::string& w) {
      return std::find(list.begin(), list.end(), std::string_view(w)) != list.end();
    });
  };
  return std::any_of(labels.begin(), labels.end(),
                     [&](const std::vector<std::string>& words) { return in(words, any) && !in(words, unless); });
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
  static const vocab::WordSet kNone = {"no",     "not",   "none",  "never",  "without", "n't",   "ingen",  "ikke",
                                   "inget",  "intet", "inte",  "kein",   "keine",   "keinen", "keiner", "nicht",
                                   "ohne",   "sans",  "pas",   "aucun",  "aucune",  "sin",    "sem",    "nessun",
                                   "nessuna", "nessuno", "geen", "niet", "uten",    "utan",   "brak",   "nie",
                                   "nobody", "nothing", "niemand", "nadie", "nada",   "nichts", "nenhum", "nessuno",
                                   // ... in other scripts and languages ("なし", "없음", "yok", "žádný",
                                   // "κανένα", "nincs", "не назначен", "ei määritetty", "(leer)").
                                   "\xE3\x81\xAA\xE3\x81\x97", "\xE7\x84\xA1\xE3\x81\x97", "\xE6\x97\xA0",
                                   "\xE6\xB2\xA1\xE6\x9C\x89", "\xEC\x97\x86\xEC\x9D\x8C", "yok",
                                   "kh\xC3\xB4ng", "\xC5\xBE\xC3\xA1" "dn\xC3\xBD", "\xC5\xBE\xC3\xA1" "dn\xC3\xA1",
                                   "\xC5\xBE\xC3\xA1" "dn\xC3\xA9", "\xCE\xBA\xCE\xB1\xCE\xBD\xCE\xAD\xCE\xBD\xCE\xB1",
                                   "\xCE\xBA\xCE\xB1\xCE\xBD\xCE\xAD\xCE\xBD\xCE\xB1\xCF\x82",
                                   "\xD7\x90\xD7\x99\xD7\x9F", "\xD9\x84\xD8\xA7", "nincs", "\xD0\xBD\xD0\xB5",
                                   "\xD0\xBD\xD0\xB5\xD1\x82", "ezer", "leer", "ei", "\xE4\xB8\x8D\xE6\x98\x8E"};
  const std::vector<Token> tokens = Tokenize(value);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind != TokenKind::kWord || !kNone.Has(tokens[i].norm)) continue;
    if (tokens[i].norm == "no" && (i + 1 == tokens.size() || tokens[i + 1].kind != TokenKind::kWord)) continue;
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
  if (Has(labels, {"phone", "telephone", "tel", "mobile", "cell", "cellphone", "fax", "landline", "whatsapp",
                      "telefon", "telefono", "handy"})) {
    // The shortest numbers people are given to call have five digits;
    // "+47", "0047" and "(+47)" are a country's code alone.
    if (Digits(v) < 5) return "it holds fewer than five digits, no phone number";
  }
  if (Has(labels, {"email", "mail"})) {
    if (!HoldsEmailAddress(v)) return "it holds no e-mail address (name@host)";
  }
  if (Has(labels, {"website", "url", "homepage", "web", "www", "webpage", "site"},
          {"name", "location", "code", "id", "number"})) {
    if (!HoldsHostName(v)) return "it holds no web address (a host name such as example.org)";
  }
  if (Has(labels, {"date", "expiry", "expiration", "birthday", "dob", "deadline", "birthdate", "dato", "datum",
                      "fecha"})) {
    if (Digits(v) == 0) return "it holds no digit, no date";
    const char last = v.back();
    if (last == '-' || last == '/' || last == '.') return "it ends in a dash, slash or dot: a date cut short";
  }
  if (Has(labels, {"age", "zip", "postcode", "postal"}) && Digits(v) == 0) return "it holds no digit";
  if (Has(labels, {"employer", "company", "workplace", "firm", "organisation", "organization", "arbeitgeber",
                      "arbeidsgiver", "arbetsgivare", "employeur"}) &&
      NoEmployer(v)) {
    return "it says there is none";
  }
  if (SaysNone(v)) return "its words say there is none";
  return std::nullopt;
}

}  // namespace stepcache::checks::internal
