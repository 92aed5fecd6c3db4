// PEGTL rules that classify one markdown line: the start of an ATX heading,
// a code fence, a list item, or an indented continuation. Blocks are then
// assembled line by line by the markdown segmenter, so nothing here nests.
#ifndef STEPCACHE_GRAMMARS_SRC_MARKDOWN_GRAMMAR_H_
#define STEPCACHE_GRAMMARS_SRC_MARKDOWN_GRAMMAR_H_

#include <tao/pegtl.hpp>

namespace stepcache::grammars::markdown_grammar {

namespace pegtl = tao::pegtl;

struct space_or_tab : pegtl::one<' ', '\t'> {};
struct up_to_three_spaces : pegtl::rep_max<3, pegtl::one<' '>> {};
struct end_or_space : pegtl::sor<pegtl::plus<space_or_tab>, pegtl::eof> {};

struct atx_heading : pegtl::seq<up_to_three_spaces, pegtl::rep_min_max<1, 6, pegtl::one<'#'>>,
                                end_or_space> {};

struct backtick_run : pegtl::rep_min<3, pegtl::one<'`'>> {};
struct tilde_run : pegtl::rep_min<3, pegtl::one<'~'>> {};
// The opening fence; the segmenter measures the run to find its closer.
struct fence_start : pegtl::seq<up_to_three_spaces, pegtl::sor<backtick_run, tilde_run>> {};

struct bullet_marker : pegtl::seq<pegtl::one<'-', '*', '+'>, end_or_space> {};
struct ordered_marker : pegtl::seq<pegtl::rep_min_max<1, 9, pegtl::digit>, pegtl::one<'.', ')'>,
                                   end_or_space> {};
// Any indentation: nested items are items of their own.
struct list_item_start : pegtl::seq<pegtl::star<space_or_tab>,
                                    pegtl::sor<bullet_marker, ordered_marker>> {};

struct continuation_indent : space_or_tab {};

}  // namespace stepcache::grammars::markdown_grammar

#endif  // STEPCACHE_GRAMMARS_SRC_MARKDOWN_GRAMMAR_H_
