// RequestFacts (request_facts.h) and the facts it keeps (field_context.h):
// each is the same call labeled_fields made per check before, made once.
#include "stepcache/checks/request_facts.h"

#include <algorithm>
#include <tuple>
#include <utility>

#include "field_context.h"
#include "text_chars.h"
#include "value_place.h"
#include "stated_value.h"
#include "vocabulary.h"

namespace stepcache::checks {

RequestFacts::RequestFacts(const SourceText& source, const MemberLabelTable& labels)
    : source_(source), labels_(labels), data_(std::make_unique<internal::RequestFactsData>(source, labels)) {}

RequestFacts::~RequestFacts() = default;

namespace internal {

void RequestFactsData::MakeOnce() {
  if (once_made) return;
  once_made = true;
  selector = SelectorField(source, table);
  excluded = ExcludedField(source, table);
  transformations = TransformationWords(source);
  roles = RoleSentences(source, table);
  present = PresentMarkers(source);
  for (const Field& f : source.fields()) former_field = former_field || FormerField(f);
  prose_digit_lines = ProseDigitLines(source);
  may_deny = MayDeny(source);
  null_asked = NullAskingSentences(source);
  remark_of_others = RemarkOfOthersInAField(source, /*strict=*/true);
  number_form = NumberFormAskedBy(source, table);
  const std::vector<Token>& t = source.tokens();
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!t[i].in_source && t[i].kind == TokenKind::kWord && t[i].norm.size() <= 4 && CaseMarked(source.Raw(t[i]))) {
      case_marked_asks.push_back(i);
    }
  }
}

MemberFacts& RequestFactsData::Member(std::string_view key) {
  // The member expected next (the previous check's order), then any member
  // looked up before, then a new one.
  if (member_next < member_order.size() && member_order[member_next].first == key) {
    return *member_order[member_next++].second;
  }
  for (std::size_t i = 0; i < member_order.size(); ++i) {
    if (member_order[i].first == key) {
      member_next = i + 1;
      return *member_order[i].second;
    }
  }
  auto it = members
                .emplace(std::piecewise_construct, std::forward_as_tuple(key),
                         std::forward_as_tuple(source, table, key))
                .first;
  member_order.emplace_back(std::string_view(it->first), &it->second);
  member_next = member_order.size();
  return it->second;
}

const std::vector<TokenSpan>& RequestFactsData::AllowedValueSpans(std::string_view value) {
  // (A request's few allowed values, looked up in a short list.)
  for (const auto& [v, spans] : allowed_value_spans) {
    if (v == value) return spans;
  }
  allowed_value_spans.emplace_back(std::string(value), source.FindInSource(value));
  return allowed_value_spans.back().second;
}

bool RequestFactsData::FieldQualified(const Field& f) {
  if (field_qualified.size() != source.fields().size()) field_qualified.assign(source.fields().size(), -1);
  signed char& q = field_qualified[static_cast<std::size_t>(&f - source.fields().data())];
  if (q < 0) q = Qualified(f.value_tokens) ? 1 : 0;
  return q == 1;
}

MemberFacts::MemberFacts(const SourceText& source, const MemberLabelTable& table, std::string_view key)
    : source_(source),
      entry_(&table.Find(key, &scratch_)),
      own_scores_(source.fields().size(), -1),
      other_scores_(source.fields().size(), -1) {
  if (source.records().size() > 1) record_ = source.selected_record();
  const std::string spaced = SpacedName(key);
  tally_ = TallyOf(spaced);
  const std::vector<std::string> name = Words(spaced);
  if (name.size() == 1 && name[0].size() > 2) {
    // One noun: singular, one of them ("room"); plural, their count
    // ("rooms", "beds").
    if (vocab::Singular(name[0]) == name[0]) noun_ = name[0];
    else if (tally_ == Tally::kUnknown && name[0].size() > 3) tally_ = Tally::kCount;
  }
}

int MemberFacts::OwnScore(const Field& f) {
  int& score = own_scores_[static_cast<std::size_t>(&f - source_.fields().data())];
  if (score < 0) {
    score = 0;
    const LabelSets& labels = entry_->own;
    for (std::size_t l = 0; l < labels.size(); ++l) {
      score = std::max(score, LabelMatch(f.label_words, f.label_canonical, labels[l], entry_->own_canonical[l]));
    }
  }
  return score;
}

int MemberFacts::OtherScore(const Field& f) {
  int& score = other_scores_[static_cast<std::size_t>(&f - source_.fields().data())];
  if (score < 0) {
    score = 0;
    const LabelSets& others = entry_->others;
    for (std::size_t l = 0; l < others.size(); ++l) {
      score = std::max(score, LabelMatch(f.label_words, f.label_canonical, others[l], entry_->others_canonical[l]));
    }
  }
  return score;
}

const std::vector<const Field*>& MemberFacts::Named() {
  if (!named_) {
    named_.emplace();
    int best = 0;
    for (const Field& f : source_.fields()) {
      if (f.value.empty() || !InRecord(f)) continue;
      const int score = OwnScore(f);
      if (score == 0) continue;
      if (score > best) {
        best = score;
        named_->clear();
      }
      if (score == best) named_->push_back(&f);
    }
    ReadTwins();
  }
  return *named_;
}

void MemberFacts::ReadTwins() {
  // "the card name" beside "Name: Ann Lee" and "Card name: A. LEE": the
  // field whose label adds just the words the request puts on the name.
  // Where the request only mentions those words elsewhere ("the name as
  // printed on the card"), which field it asks for is not read.
  // (The instruction is read only when a field's label says more than the
  // member's words.)
  // (A label word that holds the member's name in a compound, "Kartenname",
  // "Cardname", is a twin whose other words are not read.)
  std::vector<std::pair<const Field*, std::vector<std::string>>> twins;
  std::vector<const Field*> whole;  // twins that hold the member's whole name
  for (const Field& f : source_.fields()) {
    if (f.value.empty() || !InRecord(f)) continue;
    // (A label that holds the member's whole name beside a word the label
    // match reads as a negation, "Room no.", is a twin too.)
    const bool holds_name = std::any_of(entry_->own.begin(), entry_->own.end(),
                                        [&](const auto& label) { return LabelHolds(f, label); });
    if (OwnScore(f) > 0 || holds_name) {
      std::vector<std::string> words = TwinWords(f, *entry_);
      if (!words.empty() && holds_name) whole.push_back(&f);
      if (!words.empty()) twins.emplace_back(&f, std::move(words));
    } else if (const std::string* compound = CompoundOfOwnWord(f, *entry_)) {
      twins.emplace_back(&f, std::vector<std::string>{*compound});
    }
  }
  if (!twins.empty()) {
    const TwinAsk ask = AskedTwinWords(source_, *entry_);
    std::vector<const Field*> picked;
    std::size_t most = 0;
    for (const auto& [f, words] : twins) {
      if (!AllAsked(words, ask.adjacent)) continue;
      // ("the card holder name": "Card holder name" before "Holder name".)
      if (words.size() > most) picked.clear();
      most = std::max(most, words.size());
      if (words.size() == most) picked.push_back(f);
    }
    // (Unpicked where the request says words beside the members' names
    // that may pick one: "the name as it appears on the card".)
    // (Not where the member's description names the field it means,
    // "Current city" beside "Birth city".)
    const bool described = std::any_of(named_->begin(), named_->end(), [&](const Field* n) {
      return std::any_of(entry_->own.begin(), entry_->own.end(), [&](const auto& label) {
        const auto content =
            std::count_if(label.begin(), label.end(), [](const std::string& w) { return !IsFillerWord(w); });
        return content >= 2 && LabelHolds(*n, label);
      });
    });
    const bool plain_rival = std::any_of(named_->begin(), named_->end(), [&](const Field* n) {
      return std::none_of(twins.begin(), twins.end(), [&](const auto& t) { return t.first == n; });
    });
    twin_unpicked_ = picked.empty() && !described && !ask.near.empty() && (twins.size() > 1 || plain_rival);
    if (!picked.empty()) {
      *named_ = std::move(picked);
    } else {
      unpicked_twins_ = std::move(whole);
      // Which field the request asks for is not read where it mentions a
      // twin's words away from the name ("the name as printed on the
      // card"), or words no label of the text holds ("the name as it
      // appears on the card" beside "Kartenname:").
      const bool unknown_word = std::any_of(ask.near.begin(), ask.near.end(), [&](const std::string& w) {
        if (w.empty()) return false;
        return std::none_of(source_.fields().begin(), source_.fields().end(), [&](const Field& f) {
          return std::find(f.label_words.begin(), f.label_words.end(), w) != f.label_words.end();
        });
      });
      for (const auto& [f, words] : twins) {
        const Field* twin = f;
        const bool rival = twins.size() > 1 ||
                           std::any_of(named_->begin(), named_->end(), [&](const Field* n) { return n != twin; });
        const bool compound = CompoundOfOwnWord(*f, *entry_) != nullptr && OwnScore(*f) == 0;
        if (rival && ((compound && unknown_word) || AllAsked(words, ask.mentioned_all))) {
          unread_twin_ = f;
          break;
        }
      }
    }
  }
}

const std::vector<const Field*>& MemberFacts::NamedSelected() {
  if (!selected_) {
    const std::vector<const Field*>& named = Named();
    // (One field: only a negation in the instruction can turn away from it.)
    const std::vector<std::string>& said = source_.instruction_words();
    const bool negation =
        named.size() == 1 &&
        std::any_of(said.begin(), said.end(), [](const std::string& w) { return vocab::IsNegation(w); });
    selected_ = named.size() > 1 || negation ? Selected(source_, named, entry_->own) : named;
  }
  return *selected_;
}

bool MemberFacts::HasOwnWord(std::string_view word) const { return InLabels(entry_->own, word); }

bool MemberFacts::TransformationAsked(const std::vector<std::size_t>& words) {
  if (!transformation_) transformation_ = internal::TransformationAsked(source_, words, entry_->own);
  return *transformation_;
}

const std::vector<std::string>& MemberFacts::Qualifiers() {
  if (!qualifiers_) {
    qualifiers_ = InstructionQualifiers(source_, entry_->own);
    qualifiers_->insert(qualifiers_->end(), entry_->qualifiers.begin(), entry_->qualifiers.end());
  }
  return *qualifiers_;
}

const std::vector<MemberFacts::GeneralField>& MemberFacts::GeneralFields() {
  if (!general_) {
    general_.emplace();
    const std::vector<std::string>& extra = Qualifiers();
    const LabelSets& labels = entry_->own;
    for (const Field& f : source_.fields()) {
      if (f.value.empty() || !InRecord(f)) continue;
      bool has_extra = false;
      for (std::size_t e = 0; e < extra.size() && !has_extra; ++e) {
        has_extra = std::find(f.label_words.begin(), f.label_words.end(), extra[e]) != f.label_words.end();
      }
      if (has_extra) continue;
      bool general = false;
      for (std::size_t l = 0; l < labels.size() && !general; ++l) {
        for (std::size_t k = 0; k < labels[l].size() && !general; ++k) {
          const std::string& w = labels[l][k];
          general = !IsFillerWord(w) &&
                    std::find(f.label_words.begin(), f.label_words.end(), w) != f.label_words.end();
        }
      }
      if (!general) continue;
      GeneralField g{&f, std::nullopt};
      if (std::optional<double> n = StatedNumber(f.value_tokens)) g.number = CanonicalNumber(*n);
      general_->push_back(std::move(g));
    }
  }
  return *general_;
}

std::string_view MemberFacts::Unit(bool* from_instruction) {
  if (!unit_made_) {
    unit_made_ = true;
    unit_ = AskedUnit(source_, *entry_, &unit_from_instruction_);
  }
  if (from_instruction != nullptr) *from_instruction = unit_from_instruction_;
  return unit_;
}

const std::vector<double>& MemberFacts::AdjacentNumbers() {
  if (!adjacent_) adjacent_ = LabelAdjacentNumbers(source_, entry_->own, entry_->own_canonical, record_);
  return *adjacent_;
}

const std::vector<ProseNumber>& MemberFacts::ProseNumbers() {
  if (!prose_numbers_) prose_numbers_ = ProseSentenceNumbers(source_, entry_->own_canonical, record_);
  return *prose_numbers_;
}

std::optional<bool> MemberFacts::Negated() {
  if (!negated_) negated_ = NegatedField(source_, entry_->own, record_);
  return *negated_;
}

const StepVerdict& MemberFacts::ProseBool(bool value) {
  std::optional<StepVerdict>& v = prose_bool_[value ? 1 : 0];
  if (!v) v = JudgeProseBool(source_, entry_->own, value);
  return *v;
}

const LabelSets& MemberFacts::KindTwins() {
  if (!kind_twins_) {
    kind_twins_.emplace();
    for (const auto& theirs : entry_->others) {
      bool shared = false;
      for (const auto& l : entry_->own) {
        for (const std::string& w : l) {
          shared = shared || (!IsFillerWord(w) && std::find(theirs.begin(), theirs.end(), w) != theirs.end());
        }
      }
      if (shared) kind_twins_->push_back(theirs);
    }
  }
  return *kind_twins_;
}

const std::vector<std::string>& MemberFacts::Distinguishing() {
  if (!distinguishing_) distinguishing_ = DistinguishingWords(source_, entry_->own);
  return *distinguishing_;
}

std::uint64_t MemberFacts::Roles() {
  if (!roles_) roles_ = MemberRoles(source_, entry_->own);
  return *roles_;
}

const std::vector<MemberFacts::WordNumber>& MemberFacts::NumbersAfterOwnWord() {
  if (after_own_word_) return *after_own_word_;
  after_own_word_.emplace();
  const std::vector<Token>& t = source_.tokens();
  for (std::size_t k = 0; k + 1 < t.size(); ++k) {
    if (!t[k].in_source || t[k].kind != TokenKind::kWord || IsFillerWord(t[k].norm)) continue;
    if (t[k + 1].kind != TokenKind::kNumber || t[k + 1].line != t[k].line) continue;
    bool own = false;
    for (const auto& l : entry_->own) own = own || std::find(l.begin(), l.end(), source_.SingularWord(k)) != l.end();
    if (own) after_own_word_->push_back({k, t[k + 1].number});
  }
  return *after_own_word_;
}

const std::vector<MemberFacts::WordValue>& MemberFacts::ValuesAfterOwnWord() {
  if (values_after_own_word_) return *values_after_own_word_;
  values_after_own_word_.emplace();
  const std::vector<Token>& t = source_.tokens();
  // (A word of the member's own labels, or one naming its role: "the
  // destination" for a member "to".)
  const std::uint64_t roles = Roles();
  auto own = [&](std::size_t k) {
    if (!t[k].in_source || t[k].kind != TokenKind::kWord || IsFillerWord(t[k].norm)) return false;
    for (const auto& l : entry_->own) {
      if (std::find(l.begin(), l.end(), source_.SingularWord(k)) != l.end()) return true;
    }
    return roles != 0 && (vocab::RoleOf(source_.SingularWord(k), /*as_label=*/false) & roles) != 0;
  };
  // A value's first token: a number, or a word written with a capital (or
  // a letter past ASCII: "Ålesund").
  auto opens_value = [&](std::size_t k, std::size_t line) {
    if (k >= t.size() || !t[k].in_source || t[k].line != line) return false;
    return t[k].kind == TokenKind::kNumber || Capitalised(source_, k);
  };
  auto label_word = [&](std::size_t k, std::size_t line) {
    return t[k].line == line && t[k].kind == TokenKind::kWord && !IsFillerWord(t[k].norm);
  };
  // Each run of the member's own words on a line ("final stop", "start point").
  for (std::size_t a = 0; a < t.size(); ++a) {
    if (!own(a)) continue;
    const std::size_t line = t[a].line;
    std::size_t b = a;
    while (b + 1 < t.size() && t[b + 1].line == line && own(b + 1)) ++b;
    const std::size_t run = a;
    a = b;
    // A word for another end, side or time right before makes another field
    // ("end point Kjenndal" for the start point, "return date"), unlike one
    // that only narrows it ("final destination Skien").
    static const vocab::WordSet kEnds = {"end", "start", "begin", "beginning", "finish", "starting", "ending",
                                         "first", "last", "second", "next", "other", "new", "current"};
    const bool other_field =
        run > 0 && label_word(run - 1, line) &&
        (kEnds.Has(t[run - 1].norm) || vocab::IsQualifier(t[run - 1].norm) ||
         vocab::IsLabelQualifier(t[run - 1].norm) || vocab::RoleOf(source_.SingularWord(run - 1), true) != 0);
    // After it, over one more noun ("origin point Arendal", "destination
    // city Odda") or "de"/"of" ("à destination de Ålesund"), maybe "is" or
    // "being": "destination Arendal", "the destination is Arendal".
    static const vocab::WordSet kOf = {"of", "de", "du", "di", "del", "af", "von"};
    static const vocab::WordSet kIs = {"is", "being", "ist", "er", "est", "es", "="};
    std::size_t next = b + 1;
    if (next + 1 < t.size() && label_word(next, line) && !opens_value(next, line) && opens_value(next + 1, line)) {
      ++next;
    } else if (next + 1 < t.size() && t[next].line == line && kOf.Has(t[next].norm) && opens_value(next + 1, line)) {
      ++next;
    }
    if (next < t.size() && t[next].line == line && kIs.Has(t[next].norm)) ++next;
    std::size_t begin = opens_value(next, line) ? next : WordValue::kNone;
    // Or the value after "is" a few words on, within the sentence: "The
    // destination for this booking is, as agreed, Skien."
    for (std::size_t k = b + 1, words = 0; begin == WordValue::kNone && k < t.size() && words < 6; ++k) {
      if (t[k].line != line || t[k].norm == "." || t[k].norm == ";" || t[k].norm == "!" || t[k].norm == "?") break;
      if (t[k].kind == TokenKind::kWord && kIs.Has(t[k].norm)) {
        for (std::size_t j = k + 1, seen = 0; j < t.size() && seen < 4 && t[j].line == line; ++j) {
          if (opens_value(j, line)) {
            begin = j;
            break;
          }
          if (t[j].norm == "." || t[j].norm == ";") break;
          seen += t[j].kind == TokenKind::kWord;
        }
        break;
      }
      if (opens_value(k, line)) break;  // another value first: not this word's
      words += t[k].kind == TokenKind::kWord;
    }
    if (!other_field && begin != WordValue::kNone) {
      values_after_own_word_->push_back({b, begin, WordValue::kNone});
      continue;
    }
    // Before it, over at most four words in lower case and marks of a
    // clause ("is the", "being our", "serving as the", "as the final", a
    // dash, a comma, a bracket), the nearest value: "Olden is the final
    // stop", "Oslo being the destination", "with Steinkjer as the
    // destination", "Vardø, the destination", "(Gjøvik – the destination)";
    // or right before it, the word last in its clause: "Odda destination."
    std::size_t k = run;
    int links = 0;
    while (k > 0 && links < 4 && t[k - 1].line == line && t[k - 1].in_source && !opens_value(k - 1, line) &&
           ((t[k - 1].kind == TokenKind::kWord && !own(k - 1)) ||
            (t[k - 1].kind == TokenKind::kPunct && (t[k - 1].norm == "," || t[k - 1].norm == "-" || t[k - 1].norm == "(" ||
                                                    t[k - 1].norm == "\xE2\x80\x93" || t[k - 1].norm == "\xE2\x80\x94")))) {
      --k;
      ++links;
    }
    const bool last_in_clause = b + 1 >= t.size() || t[b + 1].line != line ||
                                (t[b + 1].kind == TokenKind::kPunct && t[b + 1].norm != ":");
    if (k > 0 && opens_value(k - 1, line) && (links > 0 || last_in_clause)) {
      values_after_own_word_->push_back({b, WordValue::kNone, k});
    }
  }
  return *values_after_own_word_;
}

const std::vector<std::pair<std::size_t, std::size_t>>& MemberFacts::NumbersBesideOwnStem() {
  if (!beside_own_stem_) beside_own_stem_ = NumbersBesideMemberStem(source_, entry_->own);
  return *beside_own_stem_;
}

}  // namespace internal
}  // namespace stepcache::checks
