// PEGTL rules for the tokens of JSON (RFC 8259): whitespace, strings,
// numbers and literals. Nesting is deliberately absent: the JSON segmenter
// walks objects and arrays with an explicit stack so that no input depth can
// turn into native recursion; PEGTL only ever matches one flat token.
#ifndef STEPCACHE_GRAMMARS_SRC_JSON_GRAMMAR_H_
#define STEPCACHE_GRAMMARS_SRC_JSON_GRAMMAR_H_

#include <tao/pegtl.hpp>

namespace stepcache::grammars::json_grammar {

namespace pegtl = tao::pegtl;

struct whitespace : pegtl::one<' ', '\t', '\n', '\r'> {};
struct blanks : pegtl::star<whitespace> {};

struct begin_object : pegtl::one<'{'> {};
struct end_object : pegtl::one<'}'> {};
struct begin_array : pegtl::one<'['> {};
struct end_array : pegtl::one<']'> {};
struct name_separator : pegtl::one<':'> {};
struct value_separator : pegtl::one<','> {};

struct true_literal : TAO_PEGTL_STRING("true") {};
struct false_literal : TAO_PEGTL_STRING("false") {};
struct null_literal : TAO_PEGTL_STRING("null") {};
struct literal : pegtl::sor<true_literal, false_literal, null_literal> {};

struct minus_sign : pegtl::one<'-'> {};
struct integer_part : pegtl::sor<pegtl::one<'0'>, pegtl::seq<pegtl::range<'1', '9'>, pegtl::star<pegtl::digit>>> {};
struct fraction : pegtl::seq<pegtl::one<'.'>, pegtl::plus<pegtl::digit>> {};
struct exponent : pegtl::seq<pegtl::one<'e', 'E'>, pegtl::opt<pegtl::one<'+', '-'>>, pegtl::plus<pegtl::digit>> {};
struct number : pegtl::seq<pegtl::opt<minus_sign>, integer_part, pegtl::opt<fraction>, pegtl::opt<exponent>> {};

// Inside a string: runs of plain bytes, and escapes. The segmenter decodes
// member names through actions on these three rules.
struct plain_run : pegtl::plus<pegtl::not_one<'"', '\\'>> {};
struct simple_escape : pegtl::one<'"', '\\', '/', 'b', 'f', 'n', 'r', 't'> {};
struct unicode_escape : pegtl::seq<pegtl::one<'u'>, pegtl::rep<4, pegtl::xdigit>> {};
struct escape_sequence : pegtl::seq<pegtl::one<'\\'>, pegtl::sor<simple_escape, unicode_escape>> {};
struct string_body : pegtl::star<pegtl::sor<plain_run, escape_sequence>> {};
struct quoted_string : pegtl::seq<pegtl::one<'"'>, string_body, pegtl::one<'"'>> {};

// A scalar value: everything but an object or an array.
struct scalar : pegtl::sor<quoted_string, number, literal> {};

// A string as prose sees it: any backslash pair is skipped, so extraction can
// jump over a candidate's strings before validation decides the rest.
struct loose_escape : pegtl::seq<pegtl::one<'\\'>, pegtl::any> {};
struct loose_string : pegtl::seq<pegtl::one<'"'>,
                                 pegtl::star<pegtl::sor<pegtl::plus<pegtl::not_one<'"', '\\'>>, loose_escape>>,
                                 pegtl::one<'"'>> {};

}  // namespace stepcache::grammars::json_grammar

#endif  // STEPCACHE_GRAMMARS_SRC_JSON_GRAMMAR_H_
