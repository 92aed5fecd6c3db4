// Host names for `hostname` and `idn-hostname`: RFC 1123 LDH labels, and
// IDNA2008 labels (RFC 5890-5893) checked by decoding A-labels and encoding
// U-labels with Punycode.
//
// IDNA2008's derived property table is approximated from Unicode general
// categories (which RE2 carries): PVALID ≈ {Ll, Lo, Lm, Mn, Mc, Nd}, plus the
// RFC 5892 exception lists and CONTEXTJ/CONTEXTO rules written out exactly.
// Bidi classes are approximated by script. NFC is not checked.
#include <algorithm>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include <re2/re2.h>

#include "format_internal.h"
#include "utf8.h"

namespace stepcache::schemas::format_internal {

bool DecodeUtf8(std::string_view s, std::vector<std::uint32_t>* out) {
  for (std::size_t i = 0; i < s.size();) {
    std::uint32_t cp;
    if (!internal::DecodeUtf8(s, &i, &cp)) return false;
    out->push_back(cp);
  }
  return true;
}

namespace {

constexpr std::uint32_t kBase = 36, kTMin = 1, kTMax = 26, kSkew = 38, kDamp = 700;
constexpr std::uint32_t kInitialBias = 72, kInitialN = 128;
constexpr std::uint32_t kMax = std::numeric_limits<std::uint32_t>::max();

std::uint32_t Adapt(std::uint32_t delta, std::uint32_t points, bool first) {
  delta = first ? delta / kDamp : delta / 2;
  delta += delta / points;
  std::uint32_t k = 0;
  while (delta > ((kBase - kTMin) * kTMax) / 2) {
    delta /= kBase - kTMin;
    k += kBase;
  }
  return k + (kBase - kTMin + 1) * delta / (delta + kSkew);
}

std::uint32_t Threshold(std::uint32_t k, std::uint32_t bias) {
  if (k <= bias) return kTMin;
  if (k >= bias + kTMax) return kTMax;
  return k - bias;
}

char EncodeDigit(std::uint32_t d) { return static_cast<char>(d < 26 ? 'a' + d : '0' + d - 26); }

}  // namespace

bool PunycodeDecode(std::string_view in, std::vector<std::uint32_t>* out) {
  out->clear();
  std::size_t start = 0;
  std::size_t dash = in.rfind('-');
  if (dash != std::string_view::npos) {
    for (std::size_t j = 0; j < dash; ++j) {
      auto c = static_cast<unsigned char>(in[j]);
      if (c >= 0x80) return false;
      out->push_back(c);
    }
    start = dash + 1;
  }
  std::uint32_t n = kInitialN, i = 0, bias = kInitialBias;
  while (start < in.size()) {
    std::uint32_t old_i = i, w = 1;
    for (std::uint32_t k = kBase;; k += kBase) {
      if (start >= in.size()) return false;
      char c = in[start++];
      std::uint32_t digit;
      if (c >= 'a' && c <= 'z') {
        digit = c - 'a';
      } else if (c >= 'A' && c <= 'Z') {
        digit = c - 'A';
      } else if (c >= '0' && c <= '9') {
        digit = c - '0' + 26;
      } else {
        return false;
      }
      if (digit > (kMax - i) / w) return false;
      i += digit * w;
      std::uint32_t t = Threshold(k, bias);
      if (digit < t) break;
      if (w > kMax / (kBase - t)) return false;
      w *= kBase - t;
    }
    auto points = static_cast<std::uint32_t>(out->size() + 1);
    bias = Adapt(i - old_i, points, old_i == 0);
    if (i / points > kMax - n) return false;
    n += i / points;
    i %= points;
    if (n > 0x10FFFF || (n >= 0xD800 && n <= 0xDFFF)) return false;
    out->insert(out->begin() + i, n);
    ++i;
  }
  return true;
}

bool PunycodeEncode(const std::vector<std::uint32_t>& in, std::string* out) {
  out->clear();
  for (std::uint32_t c : in) {
    if (c < 0x80) out->push_back(static_cast<char>(c));
  }
  auto b = static_cast<std::uint32_t>(out->size());
  std::uint32_t h = b;
  if (b > 0) out->push_back('-');
  std::uint32_t n = kInitialN, delta = 0, bias = kInitialBias;
  while (h < in.size()) {
    std::uint32_t m = kMax;
    for (std::uint32_t c : in) {
      if (c >= n && c < m) m = c;
    }
    if ((m - n) > (kMax - delta) / (h + 1)) return false;
    delta += (m - n) * (h + 1);
    n = m;
    for (std::uint32_t c : in) {
      if (c < n && ++delta == 0) return false;
      if (c == n) {
        std::uint32_t q = delta;
        for (std::uint32_t k = kBase;; k += kBase) {
          std::uint32_t t = Threshold(k, bias);
          if (q < t) break;
          out->push_back(EncodeDigit(t + (q - t) % (kBase - t)));
          q = (q - t) / (kBase - t);
        }
        out->push_back(EncodeDigit(q));
        bias = Adapt(delta, h + 1, h == b);
        delta = 0;
        ++h;
      }
    }
    ++delta;
    ++n;
  }
  return true;
}

namespace {

// Character-class membership through RE2's Unicode tables.
class CodePointClass {
 public:
  explicit CodePointClass(const char* cls) : re_(cls, Options()) {}
  bool Has(std::uint32_t cp) const {
    char buf[4];
    int len;
    if (cp < 0x80) {
      buf[0] = static_cast<char>(cp), len = 1;
    } else if (cp < 0x800) {
      buf[0] = static_cast<char>(0xC0 | (cp >> 6));
      buf[1] = static_cast<char>(0x80 | (cp & 0x3F)), len = 2;
    } else if (cp < 0x10000) {
      buf[0] = static_cast<char>(0xE0 | (cp >> 12));
      buf[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      buf[2] = static_cast<char>(0x80 | (cp & 0x3F)), len = 3;
    } else {
      buf[0] = static_cast<char>(0xF0 | (cp >> 18));
      buf[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      buf[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      buf[3] = static_cast<char>(0x80 | (cp & 0x3F)), len = 4;
    }
    return RE2::FullMatch(re2::StringPiece(buf, len), re_);
  }

 private:
  static RE2::Options Options() {
    RE2::Options o;
    o.set_log_errors(false);
    return o;
  }
  RE2 re_;
};

struct Classes {
  CodePointClass pvalid{"[\\p{Ll}\\p{Lo}\\p{Lm}\\p{Mn}\\p{Mc}\\p{Nd}]"};
  CodePointClass mark{"\\p{M}"};
  CodePointClass nsm{"[\\p{Mn}\\p{Me}]"};
  CodePointClass greek{"\\p{Greek}"};
  CodePointClass hebrew{"\\p{Hebrew}"};
  CodePointClass kana_han{"[\\p{Hiragana}\\p{Katakana}\\p{Han}]"};
  CodePointClass right_to_left{
      "[\\p{Hebrew}\\p{Nko}\\p{Samaritan}\\p{Mandaic}\\p{Cypriot}\\p{Phoenician}"
      "\\p{Kharoshthi}\\p{Imperial_Aramaic}\\p{Old_South_Arabian}\\p{Avestan}]"};
  CodePointClass arabic_letter{"[\\p{Arabic}\\p{Syriac}\\p{Thaana}]"};
  CodePointClass joining{"[\\p{Arabic}\\p{Syriac}\\p{Nko}\\p{Mongolian}\\p{Mandaic}\\p{Manichaean}"
                         "\\p{Phags_Pa}\\p{Psalter_Pahlavi}]"};
  CodePointClass letter{"\\p{L}"};
};

const Classes& Cls() {
  static const Classes* classes = new Classes();
  return *classes;
}

// Canonical_Combining_Class=Virama (ccc 9).
bool IsVirama(std::uint32_t cp) {
  static const std::uint32_t kViramas[] = {
      0x094D,  0x09CD,  0x0A4D,  0x0ACD,  0x0B4D,  0x0BCD,  0x0C4D,  0x0CCD,  0x0D3B,  0x0D3C,
      0x0D4D,  0x0DCA,  0x0E3A,  0x0EBA,  0x0F84,  0x1039,  0x103A,  0x1714,  0x1715,  0x1734,
      0x17D2,  0x1A60,  0x1B44,  0x1BAA,  0x1BAB,  0x1BF2,  0x1BF3,  0x2D7F,  0xA806,  0xA82C,
      0xA8C4,  0xA953,  0xA9C0,  0xAAF6,  0xABED,  0x10A3F, 0x11046, 0x11070, 0x1107F, 0x110B9,
      0x11133, 0x11134, 0x111C0, 0x11235, 0x112EA, 0x1134D, 0x11442, 0x114C2, 0x115BF, 0x1163F,
      0x116B6, 0x1172B, 0x11839, 0x1193D, 0x1193E, 0x119E0, 0x11A34, 0x11A47, 0x11A99, 0x11C3F,
      0x11D44, 0x11D45, 0x11D97};
  return std::find(std::begin(kViramas), std::end(kViramas), cp) != std::end(kViramas);
}

enum class Bidi { L, R, AL, AN, EN, ES, CS, ET, ON, BN, NSM };

Bidi BidiClass(std::uint32_t cp) {
  if (cp >= '0' && cp <= '9') return Bidi::EN;
  if (cp >= 0x06F0 && cp <= 0x06F9) return Bidi::EN;
  if ((cp >= 0x0660 && cp <= 0x0669) || (cp >= 0x0600 && cp <= 0x0605) || cp == 0x066B ||
      cp == 0x066C || cp == 0x06DD || cp == 0x08E2) {
    return Bidi::AN;
  }
  if (cp == '-' || cp == '+') return Bidi::ES;
  if (cp == '.' || cp == ',' || cp == ':' || cp == '/') return Bidi::CS;
  if (cp == 0x200C || cp == 0x200D) return Bidi::BN;
  const Classes& c = Cls();
  if (cp >= 0x80 && c.nsm.Has(cp)) return Bidi::NSM;
  if (cp >= 0x80 && c.right_to_left.Has(cp)) return Bidi::R;
  if (cp >= 0x80 && c.arabic_letter.Has(cp)) return Bidi::AL;
  if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= 0x80 && c.letter.Has(cp))) {
    return Bidi::L;
  }
  if (cp >= 0x80 && Cls().pvalid.Has(cp)) return Bidi::L;
  return Bidi::ON;
}

bool LabelIsRtl(const std::vector<std::uint32_t>& label) {
  for (std::uint32_t cp : label) {
    Bidi b = BidiClass(cp);
    if (b == Bidi::R || b == Bidi::AL || b == Bidi::AN) return true;
  }
  return false;
}

// RFC 5893 section 2, for one label of a Bidi domain name.
bool BidiRuleHolds(const std::vector<std::uint32_t>& label) {
  if (label.empty()) return false;
  Bidi first = BidiClass(label[0]);
  std::size_t end = label.size();
  while (end > 0 && BidiClass(label[end - 1]) == Bidi::NSM) --end;
  if (end == 0) return false;
  Bidi last = BidiClass(label[end - 1]);
  if (first == Bidi::R || first == Bidi::AL) {
    bool en = false, an = false;
    for (std::uint32_t cp : label) {
      Bidi b = BidiClass(cp);
      if (b == Bidi::L) return false;
      en = en || b == Bidi::EN;
      an = an || b == Bidi::AN;
    }
    if (en && an) return false;
    return last == Bidi::R || last == Bidi::AL || last == Bidi::EN || last == Bidi::AN;
  }
  if (first == Bidi::L) {
    for (std::uint32_t cp : label) {
      Bidi b = BidiClass(cp);
      if (b == Bidi::R || b == Bidi::AL || b == Bidi::AN) return false;
    }
    return last == Bidi::L || last == Bidi::EN;
  }
  return false;
}

bool IsAsciiLdh(std::uint32_t cp) {
  return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') ||
         cp == '-';
}

// RFC 5892 appendix A contextual rules.
bool ContextRuleHolds(const std::vector<std::uint32_t>& label, std::size_t i) {
  std::uint32_t cp = label[i];
  const Classes& c = Cls();
  switch (cp) {
    case 0x200D:  // ZERO WIDTH JOINER
      return i > 0 && IsVirama(label[i - 1]);
    case 0x200C: {  // ZERO WIDTH NON-JOINER
      if (i > 0 && IsVirama(label[i - 1])) return true;
      // (Joining_Type:{L,D})(Joining_Type:T)*\u200C(Joining_Type:T)*(Joining_Type:{R,D}),
      // with T approximated by marks and joining letters by script.
      std::size_t j = i;
      while (j > 0 && c.nsm.Has(label[j - 1])) --j;
      if (j == 0 || !c.joining.Has(label[j - 1]) || !c.letter.Has(label[j - 1])) return false;
      std::size_t k = i + 1;
      while (k < label.size() && c.nsm.Has(label[k])) ++k;
      return k < label.size() && c.joining.Has(label[k]) && c.letter.Has(label[k]);
    }
    case 0x00B7:  // MIDDLE DOT: between two 'l'
      return i > 0 && i + 1 < label.size() && label[i - 1] == 'l' && label[i + 1] == 'l';
    case 0x0375:  // GREEK KERAIA: followed by Greek
      return i + 1 < label.size() && c.greek.Has(label[i + 1]);
    case 0x05F3:  // HEBREW GERESH / GERSHAYIM: preceded by Hebrew
    case 0x05F4:
      return i > 0 && c.hebrew.Has(label[i - 1]);
    case 0x30FB:  // KATAKANA MIDDLE DOT: some Hiragana, Katakana or Han in the label
      for (std::uint32_t x : label) {
        if (x != 0x30FB && c.kana_han.Has(x)) return true;
      }
      return false;
    default:
      break;
  }
  if (cp >= 0x0660 && cp <= 0x0669) {
    return std::none_of(label.begin(), label.end(),
                        [](std::uint32_t x) { return x >= 0x06F0 && x <= 0x06F9; });
  }
  if (cp >= 0x06F0 && cp <= 0x06F9) {
    return std::none_of(label.begin(), label.end(),
                        [](std::uint32_t x) { return x >= 0x0660 && x <= 0x0669; });
  }
  return true;
}

bool IsContextual(std::uint32_t cp) {
  return cp == 0x200C || cp == 0x200D || cp == 0x00B7 || cp == 0x0375 || cp == 0x05F3 ||
         cp == 0x05F4 || cp == 0x30FB || (cp >= 0x0660 && cp <= 0x0669) ||
         (cp >= 0x06F0 && cp <= 0x06F9);
}

// RFC 5891 section 5.4 checks on a U-label (also what an A-label decodes to).
bool ULabelValid(const std::vector<std::uint32_t>& label) {
  if (label.empty()) return false;
  if (label.front() == '-' || label.back() == '-') return false;
  if (label.size() >= 4 && label[2] == '-' && label[3] == '-') return false;
  const Classes& c = Cls();
  if (label[0] >= 0x80 && c.mark.Has(label[0])) return false;
  for (std::size_t i = 0; i < label.size(); ++i) {
    std::uint32_t cp = label[i];
    if (cp < 0x80) {
      if (!IsAsciiLdh(cp)) return false;
      continue;
    }
    switch (cp) {  // RFC 5892 section 2.6 exceptions
      case 0x00DF: case 0x03C2: case 0x06FD: case 0x06FE: case 0x0F0B: case 0x3007:
        continue;  // PVALID
      case 0x0640: case 0x07FA: case 0x302E: case 0x302F: case 0x3031: case 0x3032:
      case 0x3033: case 0x3034: case 0x3035: case 0x303B:
        return false;  // DISALLOWED
      default:
        break;
    }
    if (IsContextual(cp)) {
      if (!ContextRuleHolds(label, i)) return false;
      continue;
    }
    if (!c.pvalid.Has(cp)) return false;
  }
  return true;
}

bool IsLabelSeparator(std::uint32_t cp, bool idn) {
  return cp == '.' || (idn && (cp == 0x3002 || cp == 0xFF0E || cp == 0xFF61));
}

bool EqualsIgnoreAsciiCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

}  // namespace

// The common case, a plain ASCII host name without A-labels, answered in one
// pass without decoding (the same verdict as the general path below, which
// such names reach only to be checked label by label for LDH and length).
// Returns -1 when the name needs the general path.
static int CheckPlainAsciiHostname(std::string_view value) {
  if (value.empty() || value.size() > 253) return value.empty() ? 0 : -1;
  std::size_t label_start = 0;
  for (std::size_t i = 0; i <= value.size(); ++i) {
    if (i == value.size() || value[i] == '.') {
      const std::size_t n = i - label_start;
      if (n == 0 || n > 63) return 0;
      if (value[label_start] == '-' || value[i - 1] == '-') return 0;
      if (n >= 4 && (value[label_start] | 0x20) == 'x' && (value[label_start + 1] | 0x20) == 'n' &&
          value[label_start + 2] == '-' && value[label_start + 3] == '-')
        return -1;  // an A-label: Punycode rules apply
      label_start = i + 1;
      continue;
    }
    const auto c = static_cast<unsigned char>(value[i]);
    if (c >= 0x80) return -1;
    if (!IsAsciiLdh(c)) return 0;
  }
  return 1;
}

bool CheckHostname(std::string_view value, bool idn) {
  if (const int plain = CheckPlainAsciiHostname(value); plain >= 0) return plain == 1;
  std::vector<std::uint32_t> cps;
  if (value.empty() || value.size() > 4096 || !DecodeUtf8(value, &cps)) return false;
  std::vector<std::vector<std::uint32_t>> labels(1);
  for (std::uint32_t cp : cps) {
    if (IsLabelSeparator(cp, idn)) {
      labels.emplace_back();
    } else {
      labels.back().push_back(cp);
    }
  }
  std::size_t total = labels.size() - 1;  // the dots
  bool bidi_domain = false;
  std::vector<std::vector<std::uint32_t>> unicode_labels;
  for (const auto& label : labels) {
    if (label.empty()) return false;
    bool ascii = std::all_of(label.begin(), label.end(), [](std::uint32_t c) { return c < 0x80; });
    std::size_t ace_length;
    if (ascii) {
      std::string text(label.begin(), label.end());
      ace_length = text.size();
      if (text.size() >= 4 && EqualsIgnoreAsciiCase(text.substr(0, 4), "xn--")) {
        std::vector<std::uint32_t> decoded;
        if (!PunycodeDecode(std::string_view(text).substr(4), &decoded)) return false;
        if (std::all_of(decoded.begin(), decoded.end(), [](std::uint32_t c) { return c < 0x80; })) {
          return false;  // an A-label must carry non-ASCII
        }
        std::string again;
        if (!PunycodeEncode(decoded, &again) || !EqualsIgnoreAsciiCase(again, text.substr(4))) {
          return false;  // not the canonical encoding
        }
        if (!ULabelValid(decoded)) return false;
        unicode_labels.push_back(decoded);
      } else {
        if (!std::all_of(label.begin(), label.end(), IsAsciiLdh)) return false;
        if (label.front() == '-' || label.back() == '-') return false;
        unicode_labels.push_back(label);
      }
    } else {
      if (!idn) return false;
      if (!ULabelValid(label)) return false;
      std::string ace;
      if (!PunycodeEncode(label, &ace)) return false;
      ace_length = 4 + ace.size();
      unicode_labels.push_back(label);
    }
    if (ace_length > 63) return false;
    total += ace_length;
    bidi_domain = bidi_domain || LabelIsRtl(unicode_labels.back());
  }
  if (total > 253) return false;
  if (bidi_domain) {
    for (const auto& label : unicode_labels) {
      if (!BidiRuleHolds(label)) return false;
    }
  }
  return true;
}

}  // namespace stepcache::schemas::format_internal
