// `format` checkers. Each is a hand-written scanner over the grammar its RFC
// gives (no regexes), so every check is linear in the value and allocation
// is limited to the host-name path.
#include "stepcache/schemas/format.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "format_internal.h"
#include "stepcache/schemas/ecma_regex.h"

namespace stepcache::schemas {
namespace {

using format_internal::CheckHostname;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsHexDigit(char c) {
  return IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Reads exactly `n` ASCII digits at s[*pos].
bool Digits(std::string_view s, std::size_t* pos, int n, int* value) {
  if (*pos + n > s.size()) return false;
  int v = 0;
  for (int i = 0; i < n; ++i) {
    char c = s[*pos + i];
    if (!IsDigit(c)) return false;
    v = v * 10 + (c - '0');
  }
  *pos += n;
  *value = v;
  return true;
}

bool Expect(std::string_view s, std::size_t* pos, char c) {
  if (*pos >= s.size() || s[*pos] != c) return false;
  ++*pos;
  return true;
}

// ---- dates and times (RFC 3339 section 5.6) ----

bool IsLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

bool ParseFullDate(std::string_view s, std::size_t* pos) {
  int y, m, d;
  if (!Digits(s, pos, 4, &y) || !Expect(s, pos, '-') || !Digits(s, pos, 2, &m) ||
      !Expect(s, pos, '-') || !Digits(s, pos, 2, &d)) {
    return false;
  }
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1) return false;
  int max = kDays[m - 1] + (m == 2 && IsLeapYear(y) ? 1 : 0);
  return d <= max;
}

bool ParseFullTime(std::string_view s, std::size_t* pos) {
  int h, m, sec;
  if (!Digits(s, pos, 2, &h) || !Expect(s, pos, ':') || !Digits(s, pos, 2, &m) ||
      !Expect(s, pos, ':') || !Digits(s, pos, 2, &sec)) {
    return false;
  }
  if (h > 23 || m > 59 || sec > 60) return false;
  if (*pos < s.size() && s[*pos] == '.') {
    ++*pos;
    std::size_t start = *pos;
    while (*pos < s.size() && IsDigit(s[*pos])) ++*pos;
    if (*pos == start) return false;
  }
  if (*pos >= s.size()) return false;
  int offset_minutes = 0;
  char z = s[*pos];
  if (z == 'Z' || z == 'z') {
    ++*pos;
  } else if (z == '+' || z == '-') {
    ++*pos;
    int oh, om;
    if (!Digits(s, pos, 2, &oh) || !Expect(s, pos, ':') || !Digits(s, pos, 2, &om)) return false;
    if (oh > 23 || om > 59) return false;
    offset_minutes = (z == '+' ? 1 : -1) * (oh * 60 + om);
  } else {
    return false;
  }
  if (sec == 60) {
    // A leap second exists only at 23:59:60 UTC.
    int utc = ((h * 60 + m - offset_minutes) % 1440 + 1440) % 1440;
    if (utc != 23 * 60 + 59) return false;
  }
  return true;
}

bool CheckDate(std::string_view s) {
  std::size_t pos = 0;
  return ParseFullDate(s, &pos) && pos == s.size();
}

bool CheckTime(std::string_view s) {
  std::size_t pos = 0;
  return ParseFullTime(s, &pos) && pos == s.size();
}

bool CheckDateTime(std::string_view s) {
  std::size_t pos = 0;
  if (!ParseFullDate(s, &pos)) return false;
  if (pos >= s.size() || (s[pos] != 'T' && s[pos] != 't')) return false;
  ++pos;
  return ParseFullTime(s, &pos) && pos == s.size();
}

// RFC 3339 appendix A:
//   duration = "P" (dur-date / dur-time / dur-week)
//   dur-date = (dur-day / dur-month / dur-year) [dur-time]
//   dur-time = "T" (dur-hour / dur-minute / dur-second)
// where each unit may only be followed by the next smaller one.
bool CheckDuration(std::string_view s) {
  if (s.size() < 3 || s[0] != 'P') return false;
  std::size_t pos = 1;
  auto element = [&](char* unit) {
    std::size_t start = pos;
    while (pos < s.size() && IsDigit(s[pos])) ++pos;
    if (pos == start || pos >= s.size()) return false;
    *unit = s[pos++];
    return true;
  };
  const std::string_view kDateUnits = "YMD", kTimeUnits = "HMS";
  if (s[pos] != 'T') {
    char unit;
    if (!element(&unit)) return false;
    if (unit == 'W') return pos == s.size();
    std::size_t idx = kDateUnits.find(unit);
    if (idx == std::string_view::npos) return false;
    while (pos < s.size() && s[pos] != 'T') {
      if (!element(&unit) || unit != (idx + 1 < 3 ? kDateUnits[idx + 1] : '\0')) return false;
      ++idx;
    }
    if (pos == s.size()) return true;
  }
  ++pos;  // 'T'
  if (pos >= s.size()) return false;
  char unit;
  if (!element(&unit)) return false;
  std::size_t idx = kTimeUnits.find(unit);
  if (idx == std::string_view::npos) return false;
  while (pos < s.size()) {
    if (!element(&unit) || unit != (idx + 1 < 3 ? kTimeUnits[idx + 1] : '\0')) return false;
    ++idx;
  }
  return true;
}

// ---- IP addresses ----

// dec-octet: 0-255 without leading zeros.
bool ParseDecOctet(std::string_view s, std::size_t* pos) {
  std::size_t start = *pos;
  int v = 0;
  while (*pos < s.size() && IsDigit(s[*pos]) && *pos - start < 3) {
    v = v * 10 + (s[*pos] - '0');
    ++*pos;
  }
  std::size_t len = *pos - start;
  if (len == 0 || v > 255) return false;
  if (len > 1 && s[start] == '0') return false;
  return *pos >= s.size() || !IsDigit(s[*pos]);
}

bool CheckIpv4(std::string_view s) {
  std::size_t pos = 0;
  for (int i = 0; i < 4; ++i) {
    if (i > 0 && !Expect(s, &pos, '.')) return false;
    if (!ParseDecOctet(s, &pos)) return false;
  }
  return pos == s.size();
}

bool CheckIpv6(std::string_view s) {
  if (s.size() < 2 || s.size() > 45) return false;
  std::size_t gap = s.find("::");
  if (gap != std::string_view::npos && s.find("::", gap + 1) != std::string_view::npos) return false;
  // Counts 16-bit pieces in a ':'-separated run; an IPv4 tail counts two.
  auto pieces = [](std::string_view run, bool allow_ipv4, int* count) {
    *count = 0;
    if (run.empty()) return true;
    std::size_t start = 0;
    for (;;) {
      std::size_t colon = run.find(':', start);
      std::string_view part = run.substr(start, colon == std::string_view::npos ? run.npos : colon - start);
      if (colon == std::string_view::npos && allow_ipv4 && part.find('.') != std::string_view::npos) {
        if (!CheckIpv4(part)) return false;
        *count += 2;
        return true;
      }
      if (part.empty() || part.size() > 4) return false;
      for (char c : part) {
        if (!IsHexDigit(c)) return false;
      }
      ++*count;
      if (colon == std::string_view::npos) return true;
      start = colon + 1;
    }
  };
  int n1, n2;
  if (gap == std::string_view::npos) {
    return pieces(s, true, &n1) && n1 == 8;
  }
  if (!pieces(s.substr(0, gap), false, &n1) || !pieces(s.substr(gap + 2), true, &n2)) return false;
  return n1 + n2 <= 7;
}

// ---- URIs and IRIs (RFC 3986, RFC 3987) ----

bool IsUnreserved(char c) { return IsAlpha(c) || IsDigit(c) || c == '-' || c == '.' || c == '_' || c == '~'; }
bool IsSubDelim(char c) { return std::string_view("!$&'()*+,;=").find(c) != std::string_view::npos; }

// RFC 3987 ucschar / iprivate, broadly: any non-ASCII code point except
// the non-characters and C1 controls.
bool IsIriChar(std::uint32_t cp, bool query) {
  if (cp < 0xA0) return false;
  if (cp >= 0xD800 && cp <= 0xF8FF) return query && cp >= 0xE000;
  if (cp >= 0xFDD0 && cp <= 0xFDEF) return false;
  if ((cp & 0xFFFE) == 0xFFFE) return false;
  if (cp >= 0xF0000) return query;
  return true;
}

class UriChecker {
 public:
  UriChecker(std::string_view s, bool iri) : s_(s), iri_(iri) {}

  // Checks s_[begin, end) against `extra` ASCII characters beyond
  // unreserved / pct-encoded / sub-delims.
  bool Chars(std::size_t begin, std::size_t end, std::string_view extra, bool query = false) const {
    for (std::size_t i = begin; i < end;) {
      char c = s_[i];
      auto uc = static_cast<unsigned char>(c);
      if (uc >= 0x80) {
        if (!iri_) return false;
        std::vector<std::uint32_t> cps;
        std::size_t len = (uc & 0xE0) == 0xC0 ? 2 : (uc & 0xF0) == 0xE0 ? 3 : 4;
        if (i + len > end || !format_internal::DecodeUtf8(s_.substr(i, len), &cps) || cps.size() != 1 ||
            !IsIriChar(cps[0], query)) {
          return false;
        }
        i += len;
        continue;
      }
      if (c == '%') {
        if (i + 3 > end || !IsHexDigit(s_[i + 1]) || !IsHexDigit(s_[i + 2])) return false;
        i += 3;
        continue;
      }
      if (!IsUnreserved(c) && !IsSubDelim(c) && extra.find(c) == std::string_view::npos) return false;
      ++i;
    }
    return true;
  }

  bool Authority(std::size_t begin, std::size_t end) const {
    std::string_view a = s_.substr(begin, end - begin);
    std::size_t at = a.find('@');
    std::size_t host = 0;
    if (at != std::string_view::npos) {
      if (!Chars(begin, begin + at, ":")) return false;  // userinfo; no second '@'
      host = at + 1;
    }
    std::size_t port;
    if (host < a.size() && a[host] == '[') {
      std::size_t close = a.find(']', host);
      if (close == std::string_view::npos) return false;
      std::string_view literal = a.substr(host + 1, close - host - 1);
      if (!CheckIpLiteral(literal)) return false;
      port = close + 1;
      if (port < a.size() && a[port] != ':') return false;
    } else {
      port = a.find(':', host);
      if (port == std::string_view::npos) port = a.size();
      if (!Chars(begin + host, begin + port, "")) return false;  // reg-name / IPv4
    }
    for (std::size_t i = port + 1; i < a.size(); ++i) {
      if (!IsDigit(a[i])) return false;
    }
    return true;
  }

  static bool CheckIpLiteral(std::string_view literal) {
    if (!literal.empty() && (literal[0] == 'v' || literal[0] == 'V')) {
      std::size_t dot = literal.find('.');
      if (dot == std::string_view::npos || dot < 2 || dot + 1 >= literal.size()) return false;
      for (std::size_t i = 1; i < dot; ++i) {
        if (!IsHexDigit(literal[i])) return false;
      }
      for (std::size_t i = dot + 1; i < literal.size(); ++i) {
        char c = literal[i];
        if (!IsUnreserved(c) && !IsSubDelim(c) && c != ':') return false;
      }
      return true;
    }
    return CheckIpv6(literal);
  }

  bool Check(bool require_scheme) const {
    std::size_t end = s_.size();
    std::size_t hash = s_.find('#');
    if (hash != std::string_view::npos) {
      if (!Chars(hash + 1, end, ":@/?")) return false;
      end = hash;
    }
    std::size_t question = s_.substr(0, end).find('?');
    if (question != std::string_view::npos) {
      if (!Chars(question + 1, end, ":@/?", /*query=*/true)) return false;
      end = question;
    }
    std::size_t pos = 0;
    bool has_scheme = false;
    if (!s_.empty() && IsAlpha(s_[0])) {
      std::size_t i = 1;
      while (i < end && (IsAlpha(s_[i]) || IsDigit(s_[i]) || s_[i] == '+' || s_[i] == '-' || s_[i] == '.')) ++i;
      if (i < end && s_[i] == ':') {
        has_scheme = true;
        pos = i + 1;
      }
    }
    if (require_scheme && !has_scheme) return false;
    if (end - pos >= 2 && s_[pos] == '/' && s_[pos + 1] == '/') {
      std::size_t auth_end = s_.find('/', pos + 2);
      if (auth_end == std::string_view::npos || auth_end > end) auth_end = end;
      if (!Authority(pos + 2, auth_end)) return false;
      pos = auth_end;
    } else if (!has_scheme) {
      // path-noscheme: no ':' in the first segment.
      std::size_t slash = s_.find('/', pos);
      std::size_t first_end = slash == std::string_view::npos || slash > end ? end : slash;
      if (s_.substr(pos, first_end - pos).find(':') != std::string_view::npos) return false;
    }
    return Chars(pos, end, ":@/");
  }

 private:
  std::string_view s_;
  bool iri_;
};

bool CheckEmail(std::string_view s, bool idn) {
  std::size_t at = s.rfind('@');
  if (at == std::string_view::npos || at == 0 || at + 1 >= s.size()) return false;
  std::string_view local = s.substr(0, at), domain = s.substr(at + 1);
  if (local.size() > 64) return false;
  if (local.front() == '"') {
    // Quoted-string: printable ASCII (and UTF-8 for idn) with \-escapes.
    if (local.size() < 2 || local.back() != '"') return false;
    for (std::size_t i = 1; i + 1 < local.size(); ++i) {
      auto c = static_cast<unsigned char>(local[i]);
      if (c == '\\') {
        // quoted-pairSMTP (RFC 5321 4.1.2, kept by RFC 6531): a backslash
        // and one printable ASCII character, never a UTF-8 byte.
        ++i;
        if (i + 1 >= local.size()) return false;
        const auto q = static_cast<unsigned char>(local[i]);
        if (q < 0x20 || q > 0x7E) return false;
        continue;
      }
      if (c == '"') return false;
      if (c >= 0x80 ? !idn : (c < 0x20 || c == 0x7F)) return false;
    }
  } else {
    // Dot-string of atext.
    if (local.front() == '.' || local.back() == '.' || local.find("..") != std::string_view::npos) return false;
    for (char ch : local) {
      auto c = static_cast<unsigned char>(ch);
      if (c >= 0x80) {
        if (!idn) return false;
        continue;
      }
      if (!IsAlpha(ch) && !IsDigit(ch) && std::string_view("!#$%&'*+-/=?^_`{|}~.").find(ch) == std::string_view::npos) {
        return false;
      }
    }
    if (idn) {
      std::vector<std::uint32_t> cps;
      if (!format_internal::DecodeUtf8(local, &cps)) return false;
    }
  }
  if (domain.front() == '[') {
    if (domain.back() != ']') return false;
    std::string_view literal = domain.substr(1, domain.size() - 2);
    if (literal.substr(0, 5) == "IPv6:") return CheckIpv6(literal.substr(5));
    return CheckIpv4(literal);
  }
  return CheckHostname(domain, idn);
}

// ---- URI templates (RFC 6570) ----

bool CheckUriTemplate(std::string_view s) {
  std::size_t i = 0;
  auto pct = [&](std::size_t k) { return k + 2 < s.size() && IsHexDigit(s[k + 1]) && IsHexDigit(s[k + 2]); };
  while (i < s.size()) {
    char c = s[i];
    auto uc = static_cast<unsigned char>(c);
    if (c == '{') {
      std::size_t close = s.find('}', i);
      if (close == std::string_view::npos) return false;
      std::size_t k = i + 1;
      if (k < close && std::string_view("+#./;?&=,!@|").find(s[k]) != std::string_view::npos) ++k;
      // variable-list = varspec *("," varspec)
      for (;;) {
        // varname = varchar *(["."] varchar)
        bool need_char = true;
        std::size_t name_start = k;
        while (k < close) {
          if (s[k] == '%') {
            if (!pct(k)) return false;
            k += 3;
          } else if (IsAlpha(s[k]) || IsDigit(s[k]) || s[k] == '_') {
            ++k;
          } else if (s[k] == '.' && !need_char) {
            ++k;
            need_char = true;
            continue;
          } else {
            break;
          }
          need_char = false;
        }
        if (k == name_start || need_char) return false;
        if (k < close && s[k] == '*') {
          ++k;
        } else if (k < close && s[k] == ':') {
          ++k;
          std::size_t digits = k;
          while (k < close && IsDigit(s[k])) ++k;
          std::size_t n = k - digits;
          if (n < 1 || n > 4 || s[digits] == '0') return false;
        }
        if (k == close) break;
        if (s[k] != ',') return false;
        ++k;
      }
      i = close + 1;
      continue;
    }
    if (c == '%') {
      if (!pct(i)) return false;
      i += 3;
      continue;
    }
    if (uc >= 0x80) {
      ++i;  // UTF-8 was validated by the caller
      continue;
    }
    if (uc <= 0x20 || uc == 0x7F || std::string_view("\"<>\\^`|}").find(c) != std::string_view::npos) {
      return false;
    }
    ++i;
  }
  return true;
}

bool CheckUuid(std::string_view s) {
  if (s.size() != 36) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    if (dash ? s[i] != '-' : !IsHexDigit(s[i])) return false;
  }
  return true;
}

bool CheckJsonPointer(std::string_view s) {
  if (s.empty()) return true;
  if (s[0] != '/') return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '~' && (i + 1 >= s.size() || (s[i + 1] != '0' && s[i + 1] != '1'))) return false;
  }
  return true;
}

bool CheckRelativeJsonPointer(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && IsDigit(s[i])) ++i;
  if (i == 0 || (i > 1 && s[0] == '0')) return false;
  std::string_view rest = s.substr(i);
  return rest == "#" || CheckJsonPointer(rest);
}

bool ValidUtf8(std::string_view s) {
  std::vector<std::uint32_t> cps;
  return format_internal::DecodeUtf8(s, &cps);
}

}  // namespace

bool IsKnownFormat(std::string_view f) {
  static const std::string_view kKnown[] = {
      "date-time", "date",     "time",          "duration", "email",        "idn-email",
      "hostname",  "idn-hostname", "ipv4",      "ipv6",     "uri",          "uri-reference",
      "iri",       "iri-reference", "uri-template", "uuid", "regex",        "json-pointer",
      "relative-json-pointer"};
  for (std::string_view k : kKnown) {
    if (f == k) return true;
  }
  return false;
}

bool CheckFormat(std::string_view f, std::string_view v) {
  if (f == "date-time") return CheckDateTime(v);
  if (f == "date") return CheckDate(v);
  if (f == "time") return CheckTime(v);
  if (f == "duration") return CheckDuration(v);
  if (f == "email") return CheckEmail(v, false);
  if (f == "idn-email") return ValidUtf8(v) && CheckEmail(v, true);
  if (f == "hostname") return CheckHostname(v, false);
  if (f == "idn-hostname") return CheckHostname(v, true);
  if (f == "ipv4") return CheckIpv4(v);
  if (f == "ipv6") return CheckIpv6(v);
  if (f == "uri") return UriChecker(v, false).Check(true);
  if (f == "uri-reference") return UriChecker(v, false).Check(false);
  if (f == "iri") return ValidUtf8(v) && UriChecker(v, true).Check(true);
  if (f == "iri-reference") return ValidUtf8(v) && UriChecker(v, true).Check(false);
  if (f == "uri-template") return ValidUtf8(v) && CheckUriTemplate(v);
  if (f == "uuid") return CheckUuid(v);
  if (f == "regex") return IsValidEcmaRegex(v);
  if (f == "json-pointer") return CheckJsonPointer(v);
  if (f == "relative-json-pointer") return CheckRelativeJsonPointer(v);
  return true;
}

}  // namespace stepcache::schemas
