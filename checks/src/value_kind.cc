#include "value_kind.h"

#include <algorithm>
#include <array>
#include <cstddef>

#include "text_chars.h"
#include "vocabulary.h"

namespace stepcache::checks::internal {
namespace {

// The kinds of value a member's label words name, as bits: read in one pass
// over the words.
enum Kind : unsigned {
  kPhone = 1u << 0, kEmail = 1u << 1, kWeb = 1u << 2, kNotWeb = 1u << 3, kDate = 1u << 4, kDigits = 1u << 5,
  kEmployer = 1u << 6, kFreeText = 1u << 7, kPostcode = 1u << 8, kAge = 1u << 9, kBorn = 1u << 10,
  kNights = 1u << 11
};

unsigned KindsOf(const std::vector<std::vector<std::string>>& labels) {
  static const vocab::WordTable<unsigned> kKinds = {
      {"phone", kPhone}, {"telephone", kPhone}, {"tel", kPhone}, {"mobile", kPhone}, {"cell", kPhone},
      {"cellphone", kPhone}, {"fax", kPhone}, {"landline", kPhone}, {"whatsapp", kPhone}, {"telefon", kPhone},
      {"telefono", kPhone}, {"handy", kPhone}, {"hp", kPhone}, {"handphone", kPhone}, {"ponsel", kPhone},
      {"cellulare", kPhone}, {"celular", kPhone}, {"movil", kPhone}, {"telefone", kPhone}, {"tlf", kPhone},
      {"puhelin", kPhone}, {"gsm", kPhone}, {"email", kEmail}, {"mail", kEmail}, {"website", kWeb},
      {"url", kWeb}, {"homepage", kWeb}, {"web", kWeb}, {"www", kWeb}, {"webpage", kWeb}, {"site", kWeb},
      {"online", kWeb},
      {"name", kNotWeb}, {"location", kNotWeb}, {"code", kNotWeb}, {"id", kNotWeb}, {"number", kNotWeb},
      {"date", kDate}, {"expiry", kDate}, {"expiration", kDate}, {"birthday", kDate}, {"dob", kDate},
      {"deadline", kDate}, {"birthdate", kDate}, {"dato", kDate}, {"datum", kDate}, {"fecha", kDate},
      {"born", kBorn}, {"age", kDigits}, {"zip", kDigits | kPostcode}, {"postcode", kDigits | kPostcode},
      {"postal", kDigits | kPostcode}, {"plz", kDigits | kPostcode}, {"cep", kDigits | kPostcode},
      {"pincode", kDigits | kPostcode}, {"cap", kDigits | kPostcode}, {"postnummer", kDigits | kPostcode},
      {"postleitzahl", kDigits | kPostcode}, {"employer", kEmployer}, {"company", kEmployer},
      {"workplace", kEmployer}, {"firm", kEmployer}, {"organisation", kEmployer},
      {"organization", kEmployer}, {"arbeitgeber", kEmployer}, {"arbeidsgiver", kEmployer},
      {"arbetsgivare", kEmployer}, {"employeur", kEmployer}, {"note", kFreeText}, {"comment", kFreeText},
      {"remark", kFreeText}, {"description", kFreeText}, {"instruction", kFreeText}, {"message", kFreeText},
      {"text", kFreeText}, {"summary", kFreeText}, {"detail", kFreeText}, {"reason", kFreeText},
      {"night", kNights}, {"nights", kNights}, {"noche", kNights}, {"noches", kNights}, {"nuit", kNights},
      {"nuits", kNights}, {"netter", kNights}, {"notte", kNights}, {"notti", kNights}, {"noite", kNights},
      {"noites", kNights}, {"overnight", kNights}, {"overnights", kNights}, {"overnachting", kNights},
      {"overnachtingen", kNights}, {"stay", kNights}, {"stays", kNights}, {"ubernachtungen", kNights},
      // (Round 260: abbreviations and other languages' words.)
      {"nts", kNights}, {"pernoctaciones", kNights}, {"pernoctacione", kNights}, {"pernoctacion", kNights}, {"pernoctas", kNights},
      {"pernocta", kNights}, {"pernottamenti", kNights}, {"pernottamento", kNights}, {"nachten", kNights},
      {"nacht", kNights}, {"noclegi", kNights}, {"nocleg", kNights}, {"overnatninger", kNights},
      {"overnatning", kNights}, {"overnattinger", kNights}, {"overnatting", kNights},
      {"övernattningar", kNights}, {"övernattning", kNights}, {"geceler", kNights},
      {"gece", kNights}, {"geceleme", kNights}, {"nächte", kNights}, {"naechte", kNights},
      {"übernachtungen", kNights}, {"übernachtung", kNights}, {"uebernachtungen", kNights},
      {"nuitées", kNights}, {"nuitees", kNights}, {"pernoites", kNights}, {"pernoite", kNights},
      // (Round 264: the singular forms the label reader gives, "noches" read
      // as "noch", and more languages' words for nights and stays.)
      {"noch", kNights}, {"nuitée", kNights}, {"nuitee", kNights}, {"Übernachtungen", kNights},
      {"Übernachtung", kNights}, {"nätter", kNights}, {"natt", kNights}, {"noci", kNights}, {"noc", kNights},
      {"yötä", kNights}, {"yö", kNights}, {"éjszakák", kNights}, {"éjszaka", kNights}, {"verblijfsduur", kNights},
      {"liggedøgn", kNights}, {"estancia", kNights}, {"estadia", kNights}, {"estadía", kNights},
      {"soggiorno", kNights}, {"séjour", kNights}, {"sejour", kNights}, {"aufenthalt", kNights},
      {"verblijf", kNights}, {"opphold", kNights}, {"vistelse", kNights}};
  unsigned kinds = 0;
  for (const std::vector<std::string>& words : labels) {
    unsigned set = 0;
    for (const std::string& w : words) {
      if (const unsigned* k = kKinds.Find(w)) set |= *k;
    }
    // (A web address's label that names something else: "Site name",
    // "Site location".)
    if ((set & kNotWeb) != 0) set &= ~kWeb;
    // (Nor a stay's or a night's code: "stay_id", "night number".)
    if ((set & kNotWeb) != 0) set &= ~kNights;
    // ("LOS", "LOS (d)": a length of stay; not the article of "Los Angeles office".)
    if (words.size() <= 2 && !words.empty() && words[0] == "los" &&
        (words.size() == 1 || words[1] == "d" || words[1] == "day" || words[1] == "days" || words[1] == "night" ||
         words[1] == "nights")) {
      set |= kNights;
    }
    // A label that is a person's age ("age", "age in years", "patient age",
    // "guest_age", "Edad", "Alter", "Idade", "Leeftijd", "Wiek", "years"):
    // no one lives past 150 years. (Not an age in other units, nor a
    // figure of ages: "age in months", "age group", "minimum age", "age id".)
    static const vocab::WordSet kAgeWords = {"age", "edad", "alder", "alter", "idade", "leeftijd", "wiek",
                                             "ålder", "âge", "ikä", "yrs", "età", "edat", "yaş",
                                             "возраст", "Возраст", "vek", "umur", "tuổi"};
    static const vocab::WordSet kNotAnAge = {
        "month", "months", "week", "weeks", "day", "days", "hour", "hours", "group", "groups", "range", "limit",
        "min", "minimum", "max", "maximum", "average", "mean", "median", "difference", "gap", "gestational",
        "bracket", "band", "rating", "restriction", "category", "id", "code", "number", "no", "total", "sum",
        "count", "since", "ago", "building", "house", "vehicle", "car", "tree", "wine", "account", "company",
        "battery", "device", "loan", "mortgage", "bond", "contract", "membership", "subscription", "policy"};
    const bool age_word = std::any_of(words.begin(), words.end(), [](const std::string& w) {
      return kAgeWords.Has(w);
    });
    const bool years_alone = (words.size() == 1 && words[0] == "years") ||  // (not "year": a year)
                             // ("years_old", "years old", "yrs old": an age.)
                             (std::find(words.begin(), words.end(), "old") != words.end() &&
                              std::any_of(words.begin(), words.end(), [](const std::string& w) {
                                return w == "year" || w == "years" || w == "yrs" || w == "yr";
                              }));
    if ((age_word || years_alone) &&
        std::none_of(words.begin(), words.end(), [](const std::string& w) { return kNotAnAge.Has(w); })) {
      set |= kAge;
    }
    kinds |= set & ~kNotWeb;
  }
  return kinds;
}

// The first runs of digits in `s`, as (begin, length): at most 8 (a date
// has three, a date and a time five).
struct DigitRunList {
  std::pair<std::size_t, std::size_t> at[8];
  std::size_t n = 0;
  const std::pair<std::size_t, std::size_t>* begin() const { return at; }
  const std::pair<std::size_t, std::size_t>* end() const { return at + n; }
  std::size_t size() const { return n; }
  const std::pair<std::size_t, std::size_t>& operator[](std::size_t i) const { return at[i]; }
};

DigitRunList DigitRuns(std::string_view s) {
  DigitRunList runs;
  for (std::size_t i = 0; i < s.size() && runs.n < 8;) {
    if (!IsDigit(s[i])) {
      ++i;
      continue;
    }
    const std::size_t begin = i;
    while (i < s.size() && IsDigit(s[i])) ++i;
    runs.at[runs.n++] = {begin, i - begin};
  }
  return runs;
}

unsigned RunValue(std::string_view s, std::pair<std::size_t, std::size_t> run) {
  unsigned v = 0;
  for (std::size_t k = 0; k < run.second && k < 6; ++k) v = v * 10 + static_cast<unsigned>(s[run.first + k] - '0');
  return v;
}

const vocab::WordSet& Months() {
  static const vocab::WordSet kMonths = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january",
      "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
      "januar", "februar", "m\xC3\xA4rz", "mai", "juni", "juli", "oktober", "dezember", "mars", "desember", "januari",
      "februari", "maart", "mei", "augustus", "janvier", "f\xC3\xA9vrier", "avril", "juin", "juillet", "ao\xC3\xBBt",
      "septembre", "octobre", "novembre", "d\xC3\xA9" "cembre", "enero", "febrero", "marzo", "abril", "mayo", "junio",
      "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre", "gennaio", "febbraio", "aprile",
      "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre", "janeiro", "fevereiro", "mar\xC3\xA7o", "maio",
      "junho", "julho", "setembro", "outubro", "novembro", "dezembro", "okt", "des", "dez", "mrt", "mei"};
  return kMonths;
}

// Words a date is written with besides its months: weekdays, ordinal
// endings, "of", "den", a time's letters, and the marks of CJK dates.
const vocab::WordSet& DateWords() {
  static const vocab::WordSet kDateWords = {
      "st", "nd", "rd", "th", "of", "the", "on", "de", "del", "di", "den", "der", "le", "el", "am", "um", "er", "e",
      "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "\xE5\xB9\xB4", "\xE6\x9C\x88", "\xE6\x97\xA5",
      "\xEB\x85\x84", "\xEC\x9B\x94", "\xEC\x9D\xBC", "t", "z", "utc", "gmt", "pm", "uhr"};
  return kDateWords;
}

// Calls f(word) for each run of letters in `s` (ASCII lower-cased, bytes
// past ASCII kept); a run of 16 bytes or more is passed empty.
template <typename F>
void ForEachWord(std::string_view s, F f) {
  char word[16];
  for (std::size_t i = 0; i < s.size();) {
    const auto letter = [&](std::size_t k) { return IsAsciiAlpha(s[k]) || static_cast<unsigned char>(s[k]) >= 0x80; };
    while (i < s.size() && !letter(i)) ++i;
    std::size_t n = 0;
    while (i < s.size() && letter(i)) {
      if (n < sizeof word) word[n++] = Lower(s[i]);
      ++i;
    }
    if (n > 0) f(n < sizeof word ? std::string_view(word, n) : std::string_view());
  }
}

// Whether every word of `s` is a month's or a weekday's name ("March",
// "Tuesday").
bool MonthOrWeekdayOnly(std::string_view s) {
  bool any = false, other = false;
  ForEachWord(s, [&](std::string_view w) {
    const bool named = !w.empty() && (Months().Has(w) || (w.size() > 2 && DateWords().Has(w)));
    any = any || named;
    other = other || !named;
  });
  return any && !other;
}

// Whether `s` names a time that is neither a date nor a place ("ASAP",
// "Easter", "soon").
bool NamesATimeOnly(std::string_view s) {
  static const vocab::WordSet kTimes = {"asap", "soon", "later", "easter", "christmas", "xmas", "today",
                                        "tomorrow", "yesterday", "recently", "tbd", "tba", "tbc"};
  bool any = false, other = false;
  ForEachWord(s, [&](std::string_view w) {
    const bool time = !w.empty() && kTimes.Has(w);
    any = any || time;
    other = other || !time;
  });
  return any && !other;
}

// Whether the digits of `s` are a template's number: one digit repeated,
// or a run counting up or down ("12345", "0000000", "98765").
bool TemplateDigits(std::string_view s) {
  std::string d;
  for (char c : s) {
    if (IsDigit(c)) d += c;
  }
  if (d.size() < 5) return false;
  bool same = true, up = true, down = true;
  for (std::size_t i = 1; i < d.size(); ++i) {
    same = same && d[i] == d[i - 1];
    up = up && d[i] == static_cast<char>(d[i - 1] + 1);
    down = down && d[i] == static_cast<char>(d[i - 1] - 1);
  }
  return same || up || down;
}

// `s` without a country's calling code before it ("+47 11 11 11 11" ->
// "11 11 11 11", "(+44) 20..." -> "20..."); `s` itself when it has none.
std::string_view WithoutCountryCode(std::string_view s) {
  std::size_t i = 0;
  if (i < s.size() && s[i] == '(') ++i;
  if (i >= s.size() || s[i] != '+') return s;
  ++i;
  const std::size_t first = i;
  while (i < s.size() && IsDigit(s[i])) ++i;
  if (i == first || i - first > 3 || i == s.size()) return s;
  if (s[i] == ')') ++i;
  return s.substr(i);
}

// TemplateDigits of `s`, or of `s` without a country's calling code
// ("+47 11 11 11 11", "+47 12 34 56 78").
bool TemplateNumber(std::string_view s) { return TemplateDigits(s) || TemplateDigits(WithoutCountryCode(s)); }

// Whether `s` holds a template's mailbox: its name is its host's first
// part ("na@na.com", "test@test.com"), a name no one is given
// ("noreply", "dummy", "user"), or its host a name reserved for examples
// and tests ("example.com", "shop.example", "mail.test").
bool TemplateMailbox(std::string_view s) {
  static const vocab::WordSet kNames = {"noreply", "no-reply", "donotreply", "do-not-reply", "test", "dummy",
                                        "example", "user", "username", "name", "email", "mail", "someone",
                                        "nobody", "null", "none", "na", "n/a", "xxx", "foo", "firstname.lastname",
                                        "first.last", "firstname", "yourname", "your.name", "you", "me", "sample"};
  const std::size_t at = s.find('@');
  if (at == std::string_view::npos) return false;
  std::size_t begin = at, end = at + 1;
  while (begin > 0 && !IsSpace(s[begin - 1]) && s[begin - 1] != '<' && s[begin - 1] != '(' && s[begin - 1] != ':') {
    --begin;
  }
  while (end < s.size() && !IsSpace(s[end]) && s[end] != '>' && s[end] != ')' && s[end] != ',') ++end;
  std::string name(s.substr(begin, at - begin)), host(s.substr(at + 1, end - at - 1));
  for (char& c : name) c = Lower(c);
  for (char& c : host) c = Lower(c);
  while (!host.empty() && host.back() == '.') host.pop_back();
  if (kNames.Has(name) || (!name.empty() && host.compare(0, host.find('.'), name) == 0)) return true;
  auto ends = [&](std::string_view tail) {
    return host.size() >= tail.size() && host.compare(host.size() - tail.size(), tail.size(), tail) == 0;
  };
  return host == "example.com" || host == "example.net" || host == "example.org" || host == "localhost" ||
         ends(".example") || ends(".test") || ends(".invalid") || ends(".localhost");
}

// Whether the digits of `s` (two or more) are one digit repeated ("AB
// 00", "ZZ 99", "000").
bool OneDigitRepeated(std::string_view s) {
  char first = 0;
  std::size_t n = 0;
  for (char c : s) {
    if (!IsDigit(c)) continue;
    if (n++ == 0) first = c;
    if (c != first) return false;
  }
  return n >= 2;
}

// Whether `s` holds a template's date: a year 0000, 1111, 1900, 1970 or
// 9999 ("1970-01-01", "01.01.1900", "31.12.9999"), or a day or month 00.
bool TemplateDate(std::string_view s) {
  for (const auto& [at, length] : DigitRuns(s)) {
    const std::string_view run = s.substr(at, length);
    if (run == "0000" || run == "1111" || run == "1900" || run == "1970" || run == "9999" || run == "00") return true;
  }
  return false;
}

// Whether every word of `s` is one a phone number is written with ("ext.",
// "tel", "mobile", "work"): not "MVA", "SIRET", "TC", "Skype".
bool OnlyPhoneWords(std::string_view s) {
  static const vocab::WordSet kPhoneWords = {"ext", "extn", "extension", "x", "tel", "telephone", "phone", "mob",
                                             "mobile", "cell", "fax", "home", "work", "office", "direct", "main",
                                             "intl", "or", "and", "tlf", "tfn", "nr", "no"};
  bool only = true;
  ForEachWord(s, [&](std::string_view w) { only = only && !w.empty() && kPhoneWords.Has(w); });
  return only;
}

// Whether `s` names a code of another kind ("PIN 12345", "IBAN NO93...").
bool NamesAnotherCode(std::string_view s) {
  static const vocab::WordSet kCodes = {"pin", "iban", "id", "ref", "account", "acct", "order", "invoice", "kid",
                                        "kto", "postcode", "zip", "bic", "swift", "ssn", "vat"};
  bool named = false;
  ForEachWord(s, [&](std::string_view w) { named = named || (!w.empty() && kCodes.Has(w)); });
  return named;
}

// Whether `s` is a date: a year of four digits (1000-2999), a day and a
// month written with a dot, a slash or a dash ("4.3.", "03/04", in either
// order), or a day beside a month's name ("3 March", "Mar 3rd", "3. mai"),
// with no word a date is not written with. Not "Day 1", "12 months", "8
// am", "week 14", "age 42", "Q3 2026", "spring 1984".
bool HoldsDate(std::string_view s) {
  const auto runs = DigitRuns(s);
  bool numeric = false;
  for (std::size_t r = 0; r < runs.size() && !numeric; ++r) {
    const unsigned v = RunValue(s, runs[r]);
    if (runs[r].second == 4 && v >= 1000 && v <= 2999) numeric = true;
    if (r + 1 < runs.size() && runs[r].second <= 2 && runs[r + 1].second <= 2) {
      const std::size_t gap = runs[r].first + runs[r].second;
      const char sep = s[gap];
      const unsigned w = RunValue(s, runs[r + 1]);
      if (runs[r + 1].first == gap + 1 && (sep == '.' || sep == '/' || sep == '-') && v >= 1 && w >= 1 &&
          ((v <= 31 && w <= 12) || (v <= 12 && w <= 31))) {
        numeric = true;
      }
    }
  }
  // ("00.00.1984", "1984-00-00": a form's blanks, no day and month.)
  for (const auto& run : runs) {
    if (run.second > 2 || RunValue(s, run) != 0) continue;
    const std::size_t end = run.first + run.second;
    const auto sep = [](char c) { return c == '.' || c == '/' || c == '-'; };
    if ((run.first > 0 && sep(s[run.first - 1])) || (end < s.size() && sep(s[end]))) return false;
  }
  bool day = false, month = false, other = false;
  for (const auto& run : runs) {
    const unsigned v = RunValue(s, run);
    day = day || (run.second <= 2 && v >= 1 && v <= 31);
  }
  // (A month's name in a language the list lacks: one word of three
  // letters or more beside a day and a year, "3 marca 2026", "3 Ekim 2026".)
  // (Not a week, a day, a quarter or a half: "Week 14 2026", "Tag 3 2026".)
  static const vocab::WordSet kNotMonths = {"week", "weeks", "woche", "uke", "vecka", "viikko", "semaine", "semana",
                                            "settimana", "hafta", "tydzie\xC5\x84", "day", "days", "tag", "dag",
                                            "jour", "giorno", "quarter", "half", "year", "month", "months", "monate",
                                            "kw", "wk", "fy", "age", "aged", "about", "circa", "ca", "approx"};
  std::size_t unknown = 0, long_unknown = 0;
  bool not_month = false;
  ForEachWord(s, [&](std::string_view w) {
    not_month = not_month || (!w.empty() && kNotMonths.Has(w));
    if (!w.empty() && Months().Has(w)) {
      month = true;
    } else if (w.empty() || !DateWords().Has(w)) {
      ++unknown;
      long_unknown += w.empty() || w.size() >= 3;
    }
  });
  bool year = false;
  for (const auto& run : runs) {
    year = year || (run.second == 4 && RunValue(s, run) >= 1000 && RunValue(s, run) <= 2999);
  }
  if (unknown == 1 && long_unknown == 1 && year && day && runs.size() == 2 && !not_month) return true;
  other = unknown > 0;
  // ("Q3 2026", "summer 2026", "TBD 2027", "FY2026", "c. 1950": a year
  // with words no date is written with.)
  return !other && (numeric || (day && month));
}

// Whether `s` is written as a date in ISO form ("2026-03-04").
bool IsoDate(std::string_view s) {
  for (std::size_t i = 0; i + 10 <= s.size(); ++i) {
    const std::string_view d = s.substr(i, 10);
    if (IsDigit(d[0]) && IsDigit(d[1]) && IsDigit(d[2]) && IsDigit(d[3]) && d[4] == '-' && IsDigit(d[5]) &&
        IsDigit(d[6]) && d[7] == '-' && IsDigit(d[8]) && IsDigit(d[9])) {
      return true;
    }
  }
  return false;
}

// A host or mail domain of the kind forms and templates show in place of
// a real one ("yoursite.com", "test.com").
bool PlaceholderDomain(std::string_view s) {
  // (Not "example.org": documents and tests use it for real addresses.)
  static const std::string_view kHosts[] = {"yoursite.", "yourdomain.", "yourcompany.", "your-site.", "mysite.",
                                            "mydomain.", "domain.com", "company.com", "website.com", "test.com",
                                            "sample.com", "email.com"};
  // Each host starts the value or follows an '@', a dot or a slash; the
  // hosts all open with a letter of "ycdmwtse".
  for (std::size_t at = 0; at < s.size(); ++at) {
    if (at > 0 && s[at - 1] != '@' && s[at - 1] != '.' && s[at - 1] != '/') continue;
    const char first = Lower(s[at]);
    if (first != 'y' && first != 'm' && first != 'd' && first != 'c' && first != 'w' && first != 't' &&
        first != 's' && first != 'e') {
      continue;
    }
    for (std::string_view h : kHosts) {
      if (h.front() != first || s.size() - at < h.size()) continue;
      bool same = true;
      for (std::size_t k = 1; k < h.size() && same; ++k) same = Lower(s[at + k]) == h[k];
      if (same) return true;
    }
  }
  return false;
}

std::size_t Digits(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), IsDigit));
}

// "name@host.tld": a mailbox, an '@', and a host with a dot between a
// part and a top-level domain of two letters or more, in one run without
// spaces.
bool HoldsEmailAddress(std::string_view s) {
  for (std::size_t at = s.find('@'); at != std::string_view::npos; at = s.find('@', at + 1)) {
    if (at == 0 || IsSpace(s[at - 1])) continue;
    std::size_t end = at + 1;
    while (end < s.size() && !IsSpace(s[end]) && s[end] != '>' && s[end] != ')' && s[end] != ',') ++end;
    const std::string_view host = s.substr(at + 1, end - at - 1);
    const std::size_t dot = host.rfind('.');
    if (dot != std::string_view::npos && dot > 0 && dot + 2 < host.size()) return true;  // ("a@b.c": no)
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

// Lower-cases, in place, the two-byte UTF-8 capitals of Latin-1 (À-Þ),
// Greek (Α-Ω), Cyrillic (Ѐ-Я) and Vietnamese Ơ and Ư in word[0, n)
// ("НЕИЗВЕСТНО", "CHƯA"; "Žádný" keeps its Ž: Latin Extended-A is left
// as it is).
void LowerTwoByteCapitals(char* word, std::size_t n) {
  for (std::size_t i = 0; i + 1 < n; ++i) {
    const unsigned char c = static_cast<unsigned char>(word[i]);
    if (c < 0xC0 || c >= 0xE0) continue;
    unsigned cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(word[i + 1]) & 0x3Fu);
    if ((cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) ||
        (cp >= 0x410 && cp <= 0x42F)) {
      cp += 0x20;
    } else if (cp >= 0x400 && cp <= 0x40F) {
      cp += 0x50;
    } else if (cp == 0x1A0 || cp == 0x1AF) {  // (Vietnamese Ơ, Ư)
      cp += 1;
    } else {
      ++i;
      continue;
    }
    word[i] = static_cast<char>(0xC0 | (cp >> 6));
    word[i + 1] = static_cast<char>(0x80 | (cp & 0x3F));
    ++i;
  }
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
                                   "\xE6\x9C\xAA\xE5\x88\x86\xE9\x85\x8D",
                                   // ... and words for "unknown", "to be decided", "not yet":
                                   "unknown", "unk", "nk", "tbd", "tba", "tbc", "unclear", "unspecified",
                                   "undisclosed", "ukendt", "ukjent", "ok\xC3\xA4nd",
                                   "onbekend", "unbekannt", "inconnu", "inconnue", "desconocido", "desconocida",
                                   "desconhecido", "sconosciuto", "sconosciuta", "nieznany", "nieznana", "belirsiz",
                                   "bilinmiyor", "tuntematon", "ismeretlen", "haijulikani", "nezn\xC3\xA1m\xC3\xBD",
                                   "nezn\xC3\xA1m\xC3\xA1",
                                   "\xCE\xAC\xCE\xB3\xCE\xBD\xCF\x89\xCF\x83\xCF\x84\xCE\xBF",
                                   "\xD0\xBD\xD0\xB5\xD0\xB8\xD0\xB7\xD0\xB2\xD0\xB5\xD1\x81\xD1\x82\xD0\xBD\xD0\xBE",
                                   "\xE0\xA4\x85\xE0\xA4\x9C\xE0\xA5\x8D\xE0\xA4\x9E\xE0\xA4\xBE\xE0\xA4\xA4",
                                   "\xE6\x9C\xAA\xE7\x9F\xA5", "\xE6\x9A\x82\xE6\x97\xA0",
                                   "\xE4\xB8\x8D\xE8\xAF\xA6", "\xEB\xAA\xA8\xEB\xA6\x84",
                                   "\xEB\xAF\xB8\xEC\xA0\x95", "tr\xE1\xBB\x91ng", "ch\xC6\xB0" "a", "belum",
                                   "\xD8\xBA\xD9\x8A\xD8\xB1", "puuttuu", "volgt", "knows",
                                   "nvt", "nil", "null", "empty", "wala", "walang", "tiada", "kosong", "fehlt",
                                   "entf\xC3\xA4llt", "mangler", "saknas", "n\xC3\xA9" "ant", "ningu\xC3\xA9m",
                                   "nikt", "vac\xC3\xADo", "necunoscut", "nepoznato", "nieobecny", "ustalenia",
                                   "\xC3\xB3\xC3\xBE" "ekkt", "\xCE\xB4\xCE\xB5\xCE\xBD", "nem", "ej",
                                   "n\xC3\xA3o", "nao", "alam", "ismert", "tudom", "tied\xC3\xA4", "tiedossa",
                                   "especificado", "especificada", "aplica", "aplicable", "till\xC3\xA4mpligt",
                                   "poznato", "exist\xC4\x83", "exista", "\xC8\x99tiu", "noch", "blank", "nill",
                                   "ninguno", "ninguna", "ning\xC3\xBAn", "ledig", "position", "void"};
  // Words split at blanks and marks, lower-cased (ASCII, and the capitals
  // of Latin-1, Greek and Cyrillic), read in place.
  // Per byte its lower case when it is a word's (an ASCII letter, a byte
  // past ASCII, an apostrophe), else 0: one table look-up per byte.
  static const std::array<char, 256> kWordLower = [] {
    std::array<char, 256> t{};
    for (int b = 1; b < 256; ++b) {
      const char c = static_cast<char>(b);
      if (IsAsciiAlpha(c) || b >= 0x80 || c == '\'') t[static_cast<std::size_t>(b)] = Lower(c);
    }
    return t;
  }();
  char word[48];
  std::size_t words = 0;
  for (std::size_t i = 0; i < value.size();) {
    while (i < value.size() && kWordLower[static_cast<unsigned char>(value[i])] == 0) ++i;
    std::size_t n = 0;
    unsigned char bytes = 0;  // the word's bytes or-ed: a capital of two bytes starts at 0xC0 or above
    while (i < value.size()) {
      const char l = kWordLower[static_cast<unsigned char>(value[i])];
      if (l == 0) break;
      bytes |= static_cast<unsigned char>(l);
      if (n < sizeof word) word[n++] = l;
      ++i;
    }
    if (n == 0 || n == sizeof word) continue;
    if ((bytes & 0xC0) == 0xC0) LowerTwoByteCapitals(word, n);
    if (++words > 5) return false;
    const std::string_view w(word, n);
    if (!kNone.Has(w)) continue;
    // "No. 5", "No 12": a number's word, and "post.no", "932NO" part of a
    // host or a code ("Aún no", "no one" are none).
    if (w == "no") {
      const std::size_t start = i - n;
      if (start > 0 && !IsSpace(value[start - 1]) && value[start - 1] != '(') continue;
      std::size_t k = i;
      while (k < value.size() && (IsSpace(value[k]) || value[k] == '.' || value[k] == '#')) ++k;
      if (k < value.size() && IsDigit(value[k])) continue;
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

unsigned ValueKindsOf(const std::vector<std::vector<std::string>>& labels) { return KindsOf(labels); }

std::optional<std::string> NotAValueOfItsKind(unsigned kinds, std::string_view value) {
  const std::string_view v = Trim(value);
  if (v.empty()) return std::nullopt;
  // The shortest numbers people are given to call have five digits; "+47",
  // "0047" and "(+47)" are a country's code alone.
  if ((kinds & kPhone) != 0) {
    if (Digits(v) < 5) return "it holds fewer than five digits, no phone number";
    // ("10:30-16:00", "2026-03-04", "NO93 8601 1117 947": hours, a date,
    // an account.)
    if (v.find(':') != std::string_view::npos) return "it holds a ':' (a time or a label), no phone number";
    if (IsoDate(v)) return "it is a date, no phone number";
    if (v.size() >= 4 && IsAsciiAlpha(v[0]) && IsAsciiAlpha(v[1]) && IsDigit(v[2]) && IsDigit(v[3])) {
      return "it opens as an account number (two letters, two digits), no phone number";
    }
    if (NamesAnotherCode(v) || !OnlyPhoneWords(v)) {
      return "it names another code or holds words a phone number is not written with";
    }
    if (TemplateNumber(v)) {
      return "its digits are a template's (one repeated, or counting), no phone number";
    }
  }
  if ((kinds & kEmail) != 0) {
    if (!HoldsEmailAddress(v)) return "it holds no e-mail address (name@host)";
    if (PlaceholderDomain(v)) return "its domain is a template's placeholder";
  }
  if ((kinds & kWeb) != 0) {
    if (!HoldsHostName(v)) return "it holds no web address (a host name such as example.org)";
    if (HoldsEmailAddress(v) && v.find("://") == std::string_view::npos) return "it is an e-mail address";
    if (PlaceholderDomain(v)) return "its host is a template's placeholder";
  }
  if ((kinds & kDate) != 0) {
    if (Digits(v) == 0) return "it holds no digit, no date";
    const char last = v.back();
    if (last == '-' || last == '/' || last == '.') return "it ends in a dash, slash or dot: a date cut short";
    if (!HoldsDate(v)) return "it holds no year, no day and month: no date";
  }
  // "Born": a date or a place. With digits, a date ("week 14", "Q3 1990"
  // are none); without, no month or weekday alone ("March", "Tuesday").
  if ((kinds & kBorn) != 0 && (kinds & kDate) == 0) {
    if (Digits(v) > 0 && !HoldsDate(v)) return "it holds no year, no day and month: no date";
    if (Digits(v) == 0 && (MonthOrWeekdayOnly(v) || NamesATimeOnly(v))) {
      return "a month, a weekday or a time alone is no date or place of birth";
    }
  }
  if ((kinds & kDigits) != 0 && Digits(v) == 0) return "it holds no digit";
  if ((kinds & kPostcode) != 0) {
    // ("+47", "2026-05-01", "No. 7": a country's code, a date, a house.)
    std::string head(v.substr(0, 3));
    for (char& c : head) c = Lower(c);
    // (Nor "PO Box 114", "Bergen sentrum": a postcode's letters are capitals.)
    const bool small = std::any_of(v.begin(), v.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    // (Nor "PO 114", "P.O. 114", "BP 114": a box's or a floor's word before
    // the number. A country's letters join it with a dash: "SE-111 22".)
    std::size_t letters_before = 0;
    for (std::size_t i = 0; i < v.size() && !IsDigit(v[i]); ++i) {
      if (IsAsciiAlpha(v[i])) ++letters_before;
      if ((v[i] == ' ' || v[i] == '.') && letters_before > 0) letters_before = 100;
    }
    if (v.find_first_of("+:@") != std::string_view::npos || IsoDate(v) || head == "no." || head == "nr." ||
        v.front() == '#' || small || letters_before >= 100 || Digits(v) < 2) {
      return "it is written as no postcode is";
    }
  }
  if ((kinds & kEmployer) != 0 && NoEmployer(v)) return "it says there is none";
  if ((kinds & kFreeText) == 0 && SaysNone(v)) return "its words say there is none";
  return std::nullopt;
}

std::optional<std::string> NotANumberOfItsKind(unsigned kinds, double value) {
  if ((kinds & kAge) != 0 && (value < 0 || value > 150)) return "no one is that old: no age";
  // ("Nights: 20260217", "Nights: 2026": a date or a year, not a stay.)
  if ((kinds & kNights) != 0 && (value < 0 || value > 999)) return "no stay is that long: no number of nights";
  return std::nullopt;
}

bool AffirmedValue(unsigned kinds, std::string_view value) {
  if ((kinds & kFreeText) != 0) return true;
  const std::string_view v = Trim(value);
  // A member of no kind (a person, an employer, a role): nothing in a
  // string but a code's digits tells a name ("Anna Berg") from a template's ("Nom Pr\u00e9nom",
  // "Lorem Ipsum") or from words saying there is none yet, in a language
  // no list holds ("Awaiting Assignment", "Wird Nachgereicht", "Vakant").
  // Only a code is ("SK 4037", "NXCE-5125"): two digits or more, and every
  // word holds a digit or is at most three capitals.
  if ((kinds & (kPhone | kEmail | kWeb | kDate | kDigits | kPostcode | kBorn)) == 0) {
    bool code = Digits(v) >= 2 && !TemplateDigits(v) && !OneDigitRepeated(v);
    for (std::size_t i = 0; i < v.size() && code;) {
      std::size_t end = i;
      while (end < v.size() && !IsSpace(v[end])) ++end;
      const std::string_view w = v.substr(i, end - i);
      code = Digits(w) > 0 || (w.size() <= 3 && std::all_of(w.begin(), w.end(), [](char c) {
                                 return c >= 'A' && c <= 'Z';
                               }));
      for (i = end; i < v.size() && IsSpace(v[i]);) ++i;
    }
    return code;
  }
  // A template's digits ("11111", "+47 11 11 11 11", "12345 678") or
  // mailbox ("na@na.com", "noreply@shop.example").
  if (TemplateNumber(v)) return false;
  if ((kinds & kEmail) != 0 && TemplateMailbox(v)) return false;
  if ((kinds & (kDate | kBorn)) != 0 && TemplateDate(v)) return false;
  // Two digits or an '@' (one digit may sit in a word for none: "Nil 0",
  // "N0NE", "n.v.t. 1").
  if (Digits(v) >= 2 || v.find('@') != std::string_view::npos) return true;
  // A lone 0 or 1 beside words counts nothing a name holds ("No. 0", "Void 0",
  // "N.V.T. 1").
  for (std::size_t i = 0; i < v.size(); ++i) {
    const bool alone = (v[i] == '0' || v[i] == '1') && (i == 0 || !IsWordByte(v[i - 1])) &&
                       (i + 1 == v.size() || !IsWordByte(v[i + 1]));
    if (alone && v.size() > 1) return false;
  }
  // The first letter.
  for (std::size_t i = 0; i < v.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(v[i]);
    if (c >= 'A' && c <= 'Z') return true;
    if (c >= 'a' && c <= 'z') return false;
    if (c < 0xC0 || i + 1 >= v.size()) continue;
    if (c >= 0xE0) return false;  // (a script without capitals)
    // An upper-case letter of Latin-1, Latin Extended-A, Greek or Cyrillic,
    // read from its two UTF-8 bytes.
    const unsigned cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(v[i + 1]) & 0x3Fu);
    const bool even = cp % 2 == 0;
    return (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || (cp >= 0x100 && cp <= 0x137 && even) ||
           (cp >= 0x139 && cp <= 0x148 && !even) || (cp >= 0x14A && cp <= 0x178 && (even || cp == 0x178)) ||
           (cp >= 0x179 && cp <= 0x17E && !even) || (cp >= 0x391 && cp <= 0x3A9) || (cp >= 0x400 && cp <= 0x42F);
  }
  return false;
}

}  // namespace stepcache::checks::internal
