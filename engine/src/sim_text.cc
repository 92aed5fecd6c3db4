#include "sim_text.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "sim_internal.h"

namespace stepcache::engine::sim {
namespace {

bool Alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  std::string w;
  for (char c : s) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      w.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    } else if (!w.empty()) {
      out.push_back(w);
      w.clear();
    }
  }
  if (!w.empty()) out.push_back(w);
  return out;
}

std::string Stem(std::string w) {
  if (w.size() > 3 && w.back() == 's') w.pop_back();
  return w;
}

bool HasWord(const std::string& lower_text, std::string_view word) {
  for (std::size_t p = lower_text.find(word); p != std::string::npos; p = lower_text.find(word, p + 1)) {
    const bool before = p == 0 || !Alpha(lower_text[p - 1]);
    const std::size_t e = p + word.size();
    const bool after = e >= lower_text.size() || !Alpha(lower_text[e]);
    if (before && after) return true;
  }
  return false;
}

// What a small model knows about field names: other words for the same thing.
const std::vector<std::vector<std::string>>& Synonyms() {
  static const std::vector<std::vector<std::string>> s = {
      {"name", "customer", "patient", "person", "client", "full name"},
      {"age", "years of age", "aged"},
      {"city", "town", "lives in", "residence", "location"},
      {"email", "e-mail", "mail"},
      {"phone", "telephone", "tel", "mobile"},
      {"job", "occupation", "profession", "position", "works as"},
      {"amount", "total", "sum"},
      {"price", "cost"},
      {"quantity", "qty", "count"},
      {"paid", "status", "payment"},
      {"badge", "code"},
      {"invoice", "invoice number"},
      {"load", "weight"},
  };
  return s;
}

const std::vector<std::string>& StaleWords() {
  static const std::vector<std::string> w = {"previous", "former", "formerly", "old", "born", "birth", "until", "prior"};
  return w;
}

std::vector<std::string> FieldWords(const SimField& f) {
  std::vector<std::string> out;
  std::string spaced = f.name;
  std::replace(spaced.begin(), spaced.end(), '_', ' ');
  static const std::vector<std::string> kStop = {"of", "the", "a", "an", "in", "is", "it", "whether", "number", "s"};
  for (const std::string& src : {spaced, f.description}) {
    for (std::string w : Words(src)) {
      w = Stem(w);
      if (std::find(kStop.begin(), kStop.end(), w) == kStop.end()) out.push_back(w);
    }
  }
  return out;
}

// How well a text label names the field; below 40 is no match.
int LabelScore(const std::string& label, const SimField& f) {
  const std::string l = Lower(Trim(label));
  std::string spaced = Lower(f.name);
  std::replace(spaced.begin(), spaced.end(), '_', ' ');
  const std::vector<std::string> fw = FieldWords(f);
  int score = 0;
  if (l == Lower(f.description) || l == spaced) {
    score = 100;
  } else {
    const std::vector<std::string> lw = Words(l);
    int overlap = 0;
    for (const std::string& w : lw) overlap += std::find(fw.begin(), fw.end(), Stem(w)) != fw.end();
    if (overlap > 0) score = 50 + 10 * overlap - 5 * static_cast<int>(lw.size() - static_cast<std::size_t>(overlap));
    for (const auto& group : Synonyms()) {
      if (std::find(fw.begin(), fw.end(), group[0]) == fw.end()) continue;
      for (const std::string& syn : group) {
        if (HasWord(l, syn)) score = std::max(score, 45);
      }
    }
  }
  for (const std::string& stale : StaleWords()) {
    if (HasWord(l, stale) && std::find(fw.begin(), fw.end(), stale) == fw.end()) score -= 60;
  }
  for (const char* now : {"current", "now", "present"}) {
    if (HasWord(l, now)) score += 5;
  }
  return score;
}

bool InFieldClass(const SimField& f, const char* head) {
  const std::vector<std::string> fw = FieldWords(f);
  if (std::find(fw.begin(), fw.end(), head) != fw.end()) return true;
  for (const auto& group : Synonyms()) {
    if (group[0] != head) continue;
    for (const std::string& syn : group) {
      if (std::find(fw.begin(), fw.end(), syn) != fw.end()) return true;
    }
  }
  return false;
}

// The capitalised words right after position p ("Lisbon", "New York").
std::string CapitalisedAt(const std::string& text, std::size_t p) {
  std::size_t e = p;
  while (e < text.size()) {
    if (!std::isupper(static_cast<unsigned char>(text[e]))) break;
    while (e < text.size() && (Alpha(text[e]) || text[e] == '-')) ++e;
    if (e + 1 < text.size() && text[e] == ' ' && std::isupper(static_cast<unsigned char>(text[e + 1]))) ++e;
    else break;
  }
  return text.substr(p, e - p);
}

// Prose cues for a field that has no label in the record.
std::optional<std::string> FromProse(const std::string& text, const SimField& f) {
  if (text.empty()) return std::nullopt;
  const std::string lower = Lower(text);
  auto after = [&](std::initializer_list<const char*> cues) -> std::optional<std::string> {
    for (const char* cue : cues) {
      for (std::size_t p = lower.find(cue); p != std::string::npos; p = lower.find(cue, p + 1)) {
        if (p > 0 && Alpha(lower[p - 1])) continue;
        const std::size_t b = p + std::string_view(cue).size();
        std::size_t e = b;
        while (e < text.size() && text[e] != ',' && text[e] != '.' && text[e] != ';' && text[e] != '\n' &&
               lower.compare(e, 5, " and ") != 0 && lower.compare(e, 4, " in ") != 0 &&
               lower.compare(e, 8, " before ") != 0) {
          ++e;
        }
        const std::string v(Trim(std::string_view(text).substr(b, e - b)));
        if (!v.empty()) return v;
      }
    }
    return std::nullopt;
  };
  // "<label> is <value>" / "<label> of <value>": "Her job is nurse", "The city is Lisbon".
  for (const std::string& w : FieldWords(f)) {
    const std::string is = w + " is ";
    if (auto v = after({is.c_str()})) return v;
  }
  if (f.type == "integer" || f.type == "number") {
    // "2 adults", "staying 7 nights": a number followed by the field's word.
    const std::vector<std::string> fw = FieldWords(f);
    for (std::size_t p = 0; p < text.size(); ++p) {
      if (!std::isdigit(static_cast<unsigned char>(text[p])) || (p > 0 && std::isalnum(static_cast<unsigned char>(text[p - 1])))) continue;
      std::size_t e = p;
      while (e < text.size() && (std::isdigit(static_cast<unsigned char>(text[e])) || text[e] == '.' || text[e] == ',')) ++e;
      const std::vector<std::string> next = Words(std::string_view(text).substr(e, 20));
      if (!next.empty() && std::find(fw.begin(), fw.end(), Stem(next[0])) != fw.end()) return text.substr(p, e - p);
      if (next.size() >= 2 && next[0] == "years" && next[1] == "old" && InFieldClass(f, "age")) return text.substr(p, e - p);
      p = e;
    }
    if (InFieldClass(f, "age")) {
      if (auto v = after({"aged "})) return v;
      const std::size_t comma = text.find(", ");  // "Jonas Berg, 41, works as …"
      if (comma != std::string::npos && comma + 2 < text.size() && std::isdigit(static_cast<unsigned char>(text[comma + 2]))) {
        std::size_t e = comma + 2;
        while (e < text.size() && std::isdigit(static_cast<unsigned char>(text[e]))) ++e;
        return text.substr(comma + 2, e - comma - 2);
      }
    }
    return std::nullopt;
  }
  if (f.type == "boolean") {
    for (const std::string& w : FieldWords(f)) {
      if (HasWord(lower, "un" + w) || lower.find("not " + w) != std::string::npos) return "no";
      if (HasWord(lower, w)) return "yes";
    }
    return std::nullopt;
  }
  if (InFieldClass(f, "city")) {
    for (const char* cue : {"now lives in ", "lives in ", "moving to ", "moved to ", "based in ", "living in "}) {
      for (std::size_t p = lower.find(cue); p != std::string::npos; p = lower.find(cue, p + 1)) {
        const std::string v = CapitalisedAt(text, p + std::string_view(cue).size());
        if (!v.empty()) return v;
      }
    }
    return std::nullopt;
  }
  if (InFieldClass(f, "job")) return after({"works as an ", "works as a ", "job is "});
  if (InFieldClass(f, "name")) {
    std::size_t p = 0;
    while (p < text.size() && !std::isupper(static_cast<unsigned char>(text[p]))) ++p;
    const std::string v = CapitalisedAt(text, p);
    if (!v.empty()) return v;
  }
  return std::nullopt;
}

// "Label: value" or "Label - value" with a short label that starts with a letter.
std::optional<LabelledValue> SplitPair(std::string_view item) {
  item = Trim(item);
  std::size_t cut = std::string_view::npos, skip = 0;
  const std::size_t colon = item.find(':');
  const std::size_t dash = item.find(" - ");
  if (colon != std::string_view::npos && (dash == std::string_view::npos || colon < dash)) cut = colon, skip = 1;
  else if (dash != std::string_view::npos) cut = dash, skip = 3;
  if (cut == std::string_view::npos || cut == 0 || cut > 40 || !Alpha(item[0])) return std::nullopt;
  const std::string_view label = Trim(item.substr(0, cut));
  if (Words(label).size() > 5) return std::nullopt;
  std::string value(Trim(item.substr(cut + skip)));
  if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
  if (!value.empty() && value.back() == '.' && std::count(value.begin(), value.end(), '.') == 1 &&
      !std::isdigit(static_cast<unsigned char>(value[value.size() > 1 ? value.size() - 2 : 0]))) {
    value.pop_back();
  }
  if (value.empty()) return std::nullopt;
  return LabelledValue{std::string(label), value};
}

// A record header: "Customer 2:", "Sender:" alone on a line.
bool IsHeader(std::string_view line, std::string* header) {
  line = Trim(line);
  if (line.size() < 2 || line.back() != ':' || line.find(':') != line.size() - 1) return false;
  const std::string_view name = Trim(line.substr(0, line.size() - 1));
  if (Words(name).size() > 3 || name.empty() || !Alpha(name[0])) return false;
  static const std::vector<std::string> kMarkers = {"text", "record", "source", "input", "details"};
  if (std::find(kMarkers.begin(), kMarkers.end(), Lower(name)) != kMarkers.end()) return false;
  *header = std::string(name);
  return true;
}

// Splits the prompt into instruction and source text.
void SplitSource(const std::string& prompt, std::string* instruction, std::string* source) {
  const std::vector<std::string> lines = SplitLines(prompt);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string t(Trim(lines[i]));
    const std::string l = Lower(t);
    std::string rest;
    bool marker = false;
    if (l == "text:" || l == "record:" || l == "source:" || l == "input:") {
      marker = true;
    } else if (t.rfind("```", 0) == 0) {
      marker = true;
    } else if (!t.empty() && t[0] == '"' && i > 0) {
      marker = true;
      rest = t.substr(1);
    }
    if (!marker) continue;
    for (std::size_t j = 0; j < i; ++j) *instruction += lines[j] + "\n";
    *source = rest;
    for (std::size_t j = i + 1; j < lines.size(); ++j) {
      if (Trim(lines[j]).rfind("```", 0) == 0) break;
      *source += (source->empty() ? "" : "\n") + lines[j];
    }
    while (!source->empty() && (source->back() == '"' || source->back() == '\n')) source->pop_back();
    return;
  }
  const std::size_t blank = prompt.find("\n\n");
  if (blank != std::string::npos) {
    *instruction = prompt.substr(0, blank);
    *source = prompt.substr(blank + 2);
  } else {
    *instruction = prompt;
    *source = prompt;
  }
}

std::size_t ChooseRecord(const std::string& instruction, const std::vector<SourceRecord>& records) {
  if (records.size() < 2) return 0;
  const std::string l = Lower(instruction);
  // Roles by header word, skipping negated mentions ("not the sender").
  std::size_t best = records.size(), best_at = std::string::npos;
  for (std::size_t r = 0; r < records.size(); ++r) {
    const std::vector<std::string> hw = Words(records[r].header);
    if (hw.empty()) continue;
    for (std::size_t p = l.find(hw[0]); p != std::string::npos; p = l.find(hw[0], p + 1)) {
      const std::size_t from = p >= 8 ? p - 8 : 0;
      if (l.substr(from, p - from).find("not ") != std::string::npos) continue;
      if (hw.size() == 1 && p < best_at) best = r, best_at = p;
      break;
    }
  }
  if (best < records.size()) {
    // Roles decide only when headers differ ("Sender" / "Recipient").
    const std::string first = Words(records[0].header).empty() ? "" : Words(records[0].header)[0];
    bool distinct = true;
    for (const SourceRecord& r : records) distinct &= Words(r.header).empty() || Words(r.header)[0] != first || &r == &records[0];
    if (distinct) return best;
  }
  static const std::vector<std::pair<const char*, int>> kOrdinals = {
      {"first", 0}, {"1st", 0}, {"second", 1}, {"2nd", 1}, {"third", 2}, {"3rd", 2}, {"fourth", 3}, {"4th", 3}, {"last", -1}};
  for (const auto& [word, index] : kOrdinals) {
    if (HasWord(l, word)) {
      const std::size_t i = index < 0 ? records.size() - 1 : static_cast<std::size_t>(index);
      return std::min(i, records.size() - 1);
    }
  }
  for (std::size_t r = 0; r < records.size(); ++r) {  // "customer 2", "record #2"
    const std::vector<std::string> hw = Words(records[r].header);
    if (hw.size() == 2 && (HasWord(l, hw[0] + " " + hw[1]) || HasWord(l, hw[0] + " #" + hw[1]))) return r;
  }
  return 0;
}

}  // namespace

ReadPrompt ReadExtractionPrompt(const std::string& prompt) {
  ReadPrompt read;
  std::string source;
  SplitSource(prompt, &read.instruction, &source);
  std::vector<SourceRecord> records(1);
  bool headed = false;
  int piped_lines = 0;
  for (const std::string& line : SplitLines(source)) {
    std::string header;
    if (IsHeader(line, &header)) {
      if (headed || !records.back().pairs.empty() || !records.back().prose.empty()) records.emplace_back();
      records.back().header = header;
      headed = true;
      continue;
    }
    // Pairs on one line are joined by " | " or "; ".
    const bool piped = line.find(" | ") != std::string::npos;
    const bool semi = !piped && line.find("; ") != std::string::npos;
    if (piped && !headed && ++piped_lines > 1) records.emplace_back();  // one record per line
    std::string_view rest = line;
    while (!rest.empty()) {
      const std::size_t bar = piped ? rest.find(" | ") : semi ? rest.find("; ") : std::string_view::npos;
      const std::string_view item = rest.substr(0, bar);
      rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + (piped ? 3 : 2));
      if (auto pair = SplitPair(item)) {
        records.back().pairs.push_back(*pair);
      } else if (!Trim(item).empty()) {
        records.back().prose += std::string(Trim(item)) + "\n";
      }
    }
  }
  read.records = std::move(records);
  read.chosen = ChooseRecord(read.instruction, read.records);
  return read;
}

std::optional<std::string> FindRaw(const SourceRecord& record, const SimField& field, std::string* label_out) {
  int best = 39;
  const LabelledValue* found = nullptr;
  for (const LabelledValue& pair : record.pairs) {
    const int s = LabelScore(pair.label, field);
    if (s > best) best = s, found = &pair;
  }
  if (found != nullptr) {
    if (label_out) *label_out = found->label;
    return found->value;
  }
  if (label_out) label_out->clear();
  // No label names it: read the record as prose ("Booking for the Berg
  // family: 2 adults and 3 children" parses as a pair but is a sentence).
  std::string text = record.prose;
  for (const LabelledValue& pair : record.pairs) text += pair.label + ": " + pair.value + "\n";
  return FromProse(text, field);
}

std::string AskedUnit(const std::string& instruction, const SimField& field) {
  const std::string l = Lower(instruction);
  std::string spaced = Lower(field.name);
  std::replace(spaced.begin(), spaced.end(), '_', ' ');
  const std::size_t at = l.find(spaced);
  if (at == std::string::npos) return "";
  const std::string near = l.substr(at, spaced.size() + 24);
  static const std::vector<std::pair<const char*, const char*>> kUnits = {
      {"kilomet", "km"}, {"kilogram", "kg"}, {"millimet", "mm"}, {"centimet", "cm"},
      {"metre", "m"},    {"meter", "m"},     {"gram", "g"},      {"minute", "min"}, {"hour", "h"}};
  for (const auto& [word, unit] : kUnits) {
    if (near.find(word) != std::string::npos) return unit;
  }
  return "";
}

}  // namespace stepcache::engine::sim
