// TaskRules::Check and friends: segment, verify every step, check the
// whole, and decide whether reuse is worth trying.
#include <algorithm>
#include <iterator>
#include <map>
#include <optional>
#include <set>

#include "stepcache/checks/evidence.h"
#include "stepcache/checks/source_text.h"
#include "field_context.h"
#include "task_rules_impl.h"
#include "text_chars.h"
#include "vocabulary.h"

namespace stepcache::checks {
namespace {

// Everything one Check/IntegrityCheck call prepares before its verifiers run.
struct Prepared {
  CheckContext context;
  grammars::Steps steps;
  // The parsed output lives in a pool on the stack first: a typical answer
  // fits, and RapidJSON's default 64 KiB heap chunk per parse was a large
  // share of a whole check.
  alignas(8) char pool[16384];
  rapidjson::MemoryPoolAllocator<> allocator{pool, sizeof pool};
  // The document's parse stack takes its blocks from this allocator object
  // (RapidJSON would make one on the heap per parse).
  rapidjson::CrtAllocator stack_allocator;
  rapidjson::Document json{&allocator, /*stackCapacity=*/1024, &stack_allocator};  // (RapidJSON's default capacity)
  // Texts of json's numbers no double holds (empty for almost every answer).
  JsonNumberTexts number_texts;
  bool segmented = false;
  std::string error;
};

void Prepare(const TaskRules::Impl& impl, const TaskInput& input, std::string_view output, Prepared* p) {
  p->context.input = &input;
  p->context.output = output;
  p->context.steps = &p->steps;
  grammars::SegmentError seg_error;
  // The json grammar parses the value it segments (the whole output when it
  // is JSON up to blanks, else the value ExtractJson finds in it): that
  // parse, into this call's pool, is the checks' only one.
  grammars::SegmentedJson segmented;
  segmented.document = &p->json;
  segmented.number_texts = &p->number_texts;
  if (!grammars::Segment(output, impl.grammar, &p->steps, &seg_error, impl.segment_options, &segmented)) {
    p->error = "cannot segment the output as " + std::string(grammars::GrammarName(impl.grammar)) + ": " +
               seg_error.message + " at byte " + std::to_string(seg_error.offset);
    p->steps.clear();
    return;
  }
  if (impl.grammar == grammars::Grammar::kJson) {
    // Readers differ on which copy of a name counts (the checks read the
    // first, most JSON libraries keep the last): such an answer says two things.
    if (std::string twice; FindDuplicateKey(p->json, &twice)) {
      p->error = "the answer names the member " + twice + " twice (readers differ on which value counts)";
      p->steps.clear();
      return;
    }
  }
  p->segmented = true;
  if (impl.grammar == grammars::Grammar::kJson) {
    p->context.json = &p->json;
    if (!p->number_texts.empty()) p->context.number_texts = &p->number_texts;
  }
}

IntegrityResult RunIntegrity(const TaskRules::Impl& impl, Prepared* p) {
  IntegrityResult result;
  if (!p->segmented) {
    result.failures.push_back({"parses", "", p->error});
  } else if (impl.grammar == grammars::Grammar::kJson && p->context.json == nullptr) {
    result.failures.push_back({"parses", "", p->error});
  } else {
    for (const auto& check : impl.integrity) check->Run(p->context, &result.failures);
  }
  result.pass = result.failures.empty();
  return result;
}

void AddWords(std::string_view text, std::vector<std::string>* words) {
  std::string word;
  for (char c : text) {
    bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                 (static_cast<unsigned char>(c) >= 0x80);
    if (alnum) {
      word += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    } else if (!word.empty()) {
      words->push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words->push_back(std::move(word));
  std::sort(words->begin(), words->end());
  words->erase(std::unique(words->begin(), words->end()), words->end());
}

// The instruction part of a prompt cut into sentences: for equation tasks
// the prompt without its equation (*var set to the equation's variable),
// else the part around the source text; *source_words (when given)
// receives the words of the source part. `prepared` (may be null) is the
// prompt already read.
std::vector<std::vector<std::string>> InstructionSentencesOf(std::string_view prompt, bool equation_task,
                                                             std::string* var, std::vector<std::string>* source_words,
                                                             const SourceText* prepared) {
  if (equation_task) {
    std::optional<LinearEquation> eq = FindEquationInPrompt(prompt);
    std::string rest(prompt);
    if (eq) {
      *var = eq->variable;
      std::size_t at = rest.find(eq->text);
      if (at != std::string::npos) rest.replace(at, eq->text.size(), " ");
    }
    return SplitSentences(Tokenize(rest));
  }
  std::optional<SourceText> own;
  const SourceText& source = prepared != nullptr ? *prepared : own.emplace(prompt);
  if (source_words != nullptr) {
    for (const Token& t : source.tokens()) {
      if (t.in_source && t.kind == TokenKind::kWord) source_words->push_back(t.norm);
    }
  }
  return source.instruction_sentences();
}

// A word of the instruction written with its case marked ("in MW", "in mW",
// "MBps": CaseMarked) that the other instruction writes otherwise: a unit
// may change with it. Returns the word (lowered), or "" when there is none.
std::string CaseChangedWord(const SourceText& before, const SourceText& now) {
  const auto forms = [](const SourceText& s) {
    std::map<std::string_view, std::set<std::string_view>> out;
    for (const Token& t : s.tokens()) {
      if (t.in_source || t.kind != TokenKind::kWord) continue;
      const std::string_view raw = s.Raw(t);
      out[t.norm].insert(internal::CaseMarked(raw) ? raw : std::string_view());
    }
    return out;
  };
  const auto fa = forms(before), fb = forms(now);
  for (const auto& [word, written] : fb) {
    const auto other = fa.find(word);
    if (other != fa.end() && other->second != written) return std::string(word);
  }
  return {};
}

// A member's word the instruction of both prompts holds, but a different
// number of times in each ("Put the city in the customer field and the
// customer's name in the city field" added after "Extract the customer and
// city"): the word (lowered), or "" when there is none.
std::string MemberMentionChanged(const SourceText& before, const SourceText& now, const MemberLabelTable& labels) {
  const auto ma = internal::InstructionMemberMentions(before, labels);
  const auto mb = internal::InstructionMemberMentions(now, labels);
  for (const auto& [word, n] : mb) {
    const auto other = ma.find(word);
    if (other != ma.end() && other->second != n) return word;
  }
  return {};
}

}  // namespace

CheckResult TaskRules::Check(const TaskInput& input, std::string_view output) const {
  CheckResult result;
  Prepared p;
  Prepare(*impl_, input, output, &p);
  result.segmented = p.segmented;
  result.error = p.error;
  if (p.segmented) {
    std::vector<StepVerdict>& verdicts = result.verdicts;
    verdicts.resize(p.steps.size());
    if (impl_->grammar == grammars::Grammar::kJson && p.context.json == nullptr) {
      result.failures.push_back({"parses", "", p.error});
    }
    for (const auto& verifier : impl_->verifiers) verifier->Verify(p.context, &verdicts, &result.failures);
    for (std::size_t i = 0; i < verdicts.size(); ++i) {
      if (verdicts[i].pass.has_value() && !*verdicts[i].pass) result.failing_steps.push_back(i);
    }
    for (const OutputFailure& f : result.failures) {
      if (f.missing) result.missing_pointers.push_back(f.pointer);
    }
  }
  result.steps_pass = p.segmented && result.failing_steps.empty() && result.failures.empty();
  result.integrity = RunIntegrity(*impl_, &p);
  result.pass = result.steps_pass && result.integrity.pass;
  result.steps = std::move(p.steps);
  return result;
}

IntegrityResult TaskRules::IntegrityCheck(const TaskInput& input, std::string_view output) const {
  Prepared p;
  Prepare(*impl_, input, output, &p);
  return RunIntegrity(*impl_, &p);
}

SkipDecision TaskRules::ReuseBlocked(std::string_view cached_prompt, const TaskInput& input,
                                     const SourceText* cached_source) const {
  CheckResult passing;
  passing.segmented = true;
  return ShouldSkipReuse(cached_prompt, input, passing, cached_source);
}

SkipDecision TaskRules::ShouldSkipReuse(std::string_view cached_prompt, const TaskInput& input,
                                        const CheckResult& cached_check, const SourceText* cached_source) const {
  for (const SkipCondition& c : impl_->skip) {
    switch (c.when) {
      case SkipWhen::kInstructionChanged: {
        if (cached_prompt == input.prompt) break;
        const bool equation_task = impl_->grammar == grammars::Grammar::kEquations;
        if (equation_task) {
          // A request that asks for more than the variable's value shares no
          // answer with another request.
          std::string what;
          const std::optional<LinearEquation> before = FindEquationInPrompt(cached_prompt);
          const std::optional<LinearEquation> now = FindEquationInPrompt(input.prompt);
          if ((before && AsksForAnotherValue(cached_prompt, *before, &what)) ||
              (now && AsksForAnotherValue(input.prompt, *now, &what))) {
            return {true, "instruction_changed: a request asks for more than the variable's value (" + what + ")"};
          }
          // A check asked for by one request and not the other.
          if (before && now && AsksForACheck(cached_prompt, *before) != AsksForACheck(input.prompt, *now)) {
            return {true, "instruction_changed: one request asks for a check of the solution, the other does not"};
          }
          if (CheckWordsIn(cached_prompt) != CheckWordsIn(input.prompt)) {
            return {true, "instruction_changed: the requests speak of a check in other words"};
          }
          // A new request that says a word the checks do not read beside its
          // equation ("then say what the bracket equals", "Poi di' quanto
          // vale la parentesi"): no sentence of it is known to be unrelated,
          // as such a request's own answer is not stored (UnreadRequestWord).
          if (now) {
            const std::string unread = UnreadRequestWord(input.prompt, *now);
            if (!unread.empty()) {
              return {true, "instruction_changed: the request says \"" + unread + "\", which the checks do not read"};
            }
          }
        }
        std::string old_var, new_var;
        std::vector<std::string> forbidden;  // words an unrelated sentence may not use
        // Each prompt read once: the caller's reading, or one made here.
        std::optional<SourceText> own_old, own_new;
        const SourceText* a = cached_source, *b = input.source;
        if (!equation_task && a == nullptr) a = &own_old.emplace(cached_prompt);
        if (!equation_task && b == nullptr) b = &own_new.emplace(input.prompt);
        std::vector<std::vector<std::string>> before =
            InstructionSentencesOf(cached_prompt, equation_task, &old_var, nullptr, a);
        std::vector<std::vector<std::string>> now =
            InstructionSentencesOf(input.prompt, equation_task, &new_var, &forbidden, b);
        std::vector<std::string> member_words, value_words;
        if (!equation_task && input.labels != nullptr) {
          input.labels->AppendAllWords(&forbidden);
          // (An allowed value, "It is a van.", "; in de", may set a member.)
          input.labels->AppendEnumWords(&value_words);
          forbidden.insert(forbidden.end(), value_words.begin(), value_words.end());
          input.labels->AppendAllWords(&member_words);
        }
        if (!new_var.empty()) forbidden.push_back(new_var);
        if (!equation_task) {
          const std::string case_word = CaseChangedWord(*a, *b);
          if (!case_word.empty()) {
            return {true, "instruction_changed: the instruction writes \"" + case_word + "\" with another letter case"};
          }
        }
        // A short statement of its own added or dropped ("; express.", "; bio.",
        // "Vans only.", "as JSON (bio).", "Express: Extract ..."): it may set a
        // member in words no list holds.
        if (!equation_task) {
          const std::vector<std::string> lone_before = LoneInstructionWords(*a, input.labels);
          const std::vector<std::string> lone_now = LoneInstructionWords(*b, input.labels);
          std::vector<std::string> changed;
          std::set_symmetric_difference(lone_before.begin(), lone_before.end(), lone_now.begin(), lone_now.end(),
                                        std::back_inserter(changed));
          if (!changed.empty()) {
            return {true, "instruction_changed: a word standing alone changed: \"" + changed.front() + "\""};
          }
          // A member named more or fewer times where both prompts name it
          // ("Extract the customer and city. Put the city in the customer
          // field."): a second mention may map, copy or swap what is asked.
          if (input.labels != nullptr) {
            const std::string changed_member = MemberMentionChanged(*a, *b, *input.labels);
            if (!changed_member.empty()) {
              return {true, "instruction_changed: the instruction names \"" + changed_member +
                                "\" a different number of times"};
            }
            // A sentence that may move a value between two members ("use the
            // city line for the customer field"), in either request.
            for (const SourceText* side : {b, a}) {
              const std::string mapping = internal::MemberMappingSentence(*side, *input.labels);
              if (!mapping.empty()) {
                return {true, "instruction_changed: \"" + mapping + "\" may move a value between members"};
              }
            }
          }
          for (const auto* side : {&before, &now}) {
            const auto* other = side == &before ? &now : &before;
            for (const std::vector<std::string>& sentence : *side) {
              if (std::find(other->begin(), other->end(), sentence) == other->end() && vocab::ShortStatement(sentence)) {
                std::string text;
                for (const std::string& w : sentence) text += (text.empty() ? "" : " ") + w;
                return {true, "instruction_changed: a short statement changed: \"" + text + "\""};
              }
            }
          }
        }
        InstructionChange change = CompareInstructionSentences(before, now, c.licensed, forbidden, old_var, new_var,
                                                               equation_task ? nullptr : &member_words,
                                                               equation_task ? nullptr : &value_words);
        if (!change.licensed) return {true, "instruction_changed: " + change.reason};
        break;
      }
      case SkipWhen::kEquationShapeChanged: {
        EquationError error;
        std::optional<LinearEquation> now = FindEquationInPrompt(input.prompt, &error);
        if (!now) return {true, "equation_shape_changed: the request holds no equation (" + error.message + ")"};
        std::optional<LinearEquation> before = FindEquationInPrompt(cached_prompt);
        if (!before) return {true, "equation_shape_changed: the cached request holds no equation"};
        std::string a = EquationShape(before->text), b = EquationShape(now->text);
        if (a != b) return {true, "equation_shape_changed: " + a + " -> " + b};
        break;
      }
      case SkipWhen::kSourceTextChanged: {
        double s = TextSimilarity(cached_prompt, input.prompt);
        if (s < c.min_similarity) {
          return {true, "source_text_changed: similarity " + std::to_string(s) + " < " +
                            std::to_string(c.min_similarity)};
        }
        break;
      }
      case SkipWhen::kFailingFractionAbove: {
        double f = cached_check.FailingFraction();
        if (f > c.max) {
          return {true, "failing_fraction_above: " + std::to_string(f) + " > " + std::to_string(c.max)};
        }
        break;
      }
    }
  }
  return {false, ""};
}

std::optional<std::string> TaskRules::FallbackAnswer(const TaskInput& input) const {
  if (impl_->patch.fallback != PatchFallback::kSolver) return std::nullopt;
  std::optional<LinearEquation> eq = FindEquationInPrompt(input.prompt);
  if (!eq) return std::nullopt;
  // In the form asked: the value alone, one line, or the working.
  const AskedForm form = AskedFormOf(input.prompt);
  if (form == AskedForm::kBoth) return std::nullopt;
  if (form == AskedForm::kValueOnly || form == AskedForm::kOneLine) {
    const std::optional<Rational> value = Solve(*eq);
    if (!value || AsksForACheck(input.prompt, *eq)) return std::nullopt;
    return form == AskedForm::kValueOnly ? value->ToString() : eq->variable + " = " + value->ToString();
  }
  std::optional<std::string> answer = SolveStepByStep(*eq);
  // A check asked for: the request with the value put in, after the value.
  if (answer && AsksForACheck(input.prompt, *eq)) {
    const std::optional<Rational> value = Solve(*eq);
    const std::optional<std::string> check = value ? internal::CheckLineFor(*eq, *value) : std::nullopt;
    if (!check) return std::nullopt;
    *answer += "\n" + *check;
  }
  return answer;
}

std::optional<std::string> TaskRules::StatedValue(const TaskInput& input, const CheckResult& result) const {
  if (impl_->grammar != grammars::Grammar::kEquations || !result.segmented) return std::nullopt;
  const std::optional<LinearEquation> eq = FindEquationInPrompt(input.prompt);
  if (!eq || eq->variable.empty()) return std::nullopt;
  LinearEquation last;
  if (internal::FindFinalAnswer(result.steps, eq->variable, &last, &*eq) == static_cast<std::size_t>(-1)) {
    return std::nullopt;
  }
  const std::optional<Rational> value = Solve(last);
  if (!value) return std::nullopt;
  return value->ToString();
}

std::string EquationShape(std::string_view text) {
  std::string shape;
  std::size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if ((c >= '0' && c <= '9') || (c == '.' && i + 1 < text.size() && text[i + 1] >= '0' && text[i + 1] <= '9')) {
      while (i < text.size() && ((text[i] >= '0' && text[i] <= '9') || text[i] == '.')) ++i;
      shape += '#';
      continue;
    }
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      while (i < text.size() && ((text[i] >= 'a' && text[i] <= 'z') || (text[i] >= 'A' && text[i] <= 'Z'))) ++i;
      shape += 'v';
      continue;
    }
    std::string_view rest = text.substr(i);
    if (rest.substr(0, 3) == "\xE2\x88\x92") {
      shape += '-';
      i += 3;
    } else if (rest.substr(0, 2) == "\xC3\x97") {
      shape += '*';
      i += 2;
    } else if (rest.substr(0, 2) == "\xC3\xB7") {
      shape += '/';
      i += 2;
    } else {
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') shape += c;
      ++i;
    }
  }
  return shape;
}

double TextSimilarity(std::string_view a, std::string_view b) {
  std::vector<std::string> wa, wb;
  AddWords(a, &wa);
  AddWords(b, &wb);
  if (wa.empty() && wb.empty()) return 1.0;
  std::size_t common = 0;
  std::size_t i = 0, j = 0;
  while (i < wa.size() && j < wb.size()) {
    if (wa[i] == wb[j]) {
      ++common;
      ++i;
      ++j;
    } else if (wa[i] < wb[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return static_cast<double>(common) / static_cast<double>(wa.size() + wb.size() - common);
}

schemas::CompileOptions ResponseSchemaOptions() {
  schemas::CompileOptions options;
  options.format_assertion = true;
  return options;
}

}  // namespace stepcache::checks
