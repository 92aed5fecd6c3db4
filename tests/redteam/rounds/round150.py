"""Red-team round 150 (black box, stepcache_s35): PROSE WITH SEVERAL PEOPLE, json_extract.
Focus: prose naming two or three people where the sentence's structure decides whose value is asked: "respectively"
(English, henholdsvis, bzw., respectivement, respectivamente, rispettivamente), former/latter (Erstere/Letzterer, la
premiere/le second), pronouns ("She lives in Oslo; he lives in Bergen", "He is 41", "Her room is 310"), apposition and
relative clauses ("Ana Berg, whose brother Tom Lie ...", "who works as a nurse"), reversed and passive order ("Oslo is
where ...", "lived in by"), one-sentence lists ("Ana Berg (nurse), Tom Lie (pilot) ..."), both/each/neither/except,
comparatives ("two years older than Ana Berg, who is 34"), ordinals ("the second applicant"), quotes.
28,308 probes: 2,966 bases, 7,770 pair variants, 2,343 safe variants, 15,229 singles, in six parts (part 1: 37 shapes
about city/age/job; part 2: 16 shapes x 11 attributes in a predicate template; part 3: the member named in the text,
13 attributes; part 4: parts 2-3 with one-member schemas asked three more ways; part 5: ordinals; part 6: part 1 with
one-member schemas). Pair variants swap the names, the values, the pronoun, "former"/"latter", add a correction
("- no, the other way round"), turn "both" into "neither", insert a third person, or ask the same text about the
OTHER person ("askother"); the model first repeats the stored answer.
HELD: two-member schemas (`name` + value) over prose with places and numbers (refused: "the request asks about
someone the text describes apart from this value", "the text's sentence also gives 34 and nothing beside 41 says it
is age"); ordinals (refused: "the request selects one record, but the text marks no records"); possessive prose
("Ana Berg's pet is a cat and Tom Lie's is a dog"), "Pet: cat for Ana Berg, dog for Tom Lie", "the same as ...'s",
quotes, former/latter in English, "everyone except", comparatives, "first came ..., then ...". Safe variants reused:
110 of 2,343 in the second runs.
GOT THROUGH (806 items confirmed alone on a fresh store, --runs 2: 260 pairs, 546 singles; REPORT.md, alone.txt):
a ONE-MEMBER schema ("What is Tom Lie's job? Answer as JSON.", "Return the job of X as JSON.", "Give X's job as
JSON.", "Extract as JSON." with the description "the city of Tom Lie") over prose about two people stores the answer
and reuses it while the value still occurs once in the text, whoever it now belongs to: the same text asked about the
other person ("What is Ana Berg's job?" over "The jobs of Ana Berg and Tom Lie are nurse and pilot, respectively." ->
pilot); values swapped ("Ana Berg (job pilot) and Tom Lie (job nurse) arrived." -> pilot; "wohnen in Bergen bzw.
Oslo" -> Bergen; "The applicants are Ana Berg (pilot), Tom Lie (nurse) ..."); names swapped ("Tom Lies job er nurse,
og Ana Bergs er pilot."); the pronoun turned ("He lives in Oslo; she lives in Bergen." -> Bergen; "She is 41." -> 41);
"Letzterer wohnt in Oslo, Erstere in Bergen"; "Neither ... lives in Oslo; both live in Bergen" -> Oslo; "Oslo is lived
in by Tom Lie" -> Bergen; a third person inserted. With two-member schemas: jobs ("work as a nurse and a pilot,
respectively" asked for the other person; "who works as a nurse; she is a pilot"). Singles: the model's other-person
value stored and served again ("Mia Sand (pet lizard) and Ole Vik (pet ferret)" -> lizard; "wohnen in Drammen bzw.
Halden" -> Drammen; "Mia Sand met Ole Vik. Her age is 58." -> 58). Every one with reason "all 1 steps verified".
ARGUABLE (89 items, r150_arguable, alone_arguable.txt): "respectively" dropped ("The jobs of Ana Berg and Tom Lie are
nurse and pilot."; the order may still pair them; expect 999).
Adds its probes to probe_kit.P."""
from probe_kit import P, S, J, E, open_probe  # noqa: F401

r150_NR = 999
r150_pairs = []
r150_singles = []
r150_safe = []
r150_arguable = set()
r150_seen = {}

# (A female, B male, C female), cities (cA, cB, cC), ages (aA, aB, aC), jobs (jA, jB)
r150_SETS = [
    ("Ana Berg", "Tom Lie", "Siv Holt", "Oslo", "Bergen", "Molde", 34, 41, 29, "nurse", "pilot"),
    ("Eva Lund", "Per Dahl", "Kari Moe", "Tromso", "Hamar", "Alta", 52, 47, 38, "teacher", "baker"),
    ("Ida Rud", "Jon Aas", "Liv Nes", "Bodo", "Skien", "Narvik", 27, 63, 45, "lawyer", "chef"),
]
r150_SINGLE_SETS = [
    ("Mia Sand", "Ole Vik", "Rut Bakke", "Drammen", "Halden", "Harstad", 31, 58, 44, "dentist", "welder"),
    ("Une Foss", "Kai Strand", "Tone Lien", "Lillehammer", "Kongsberg", "Mosjoen", 49, 36, 61, "editor", "farmer"),
]


def r150_chk(pr, id):
    assert pr not in r150_seen, (pr, id, r150_seen.get(pr))
    r150_seen[pr] = id


r150_bid = {}


def r150_base(tag, fam, sch, pr, exp):
    if pr in r150_bid:
        return r150_bid[pr]
    b = "d150-b-" + tag
    r150_chk(pr, b)
    J(b, "r150_" + fam + "_base", pr, sch, exp, [exp])
    r150_bid[pr] = b
    return b


def r150_pair(tag, fam, sch, bpr, bexp, vpr, vexp, arg=False):
    b = r150_base(tag, fam, sch, bpr, bexp)
    v = "d150-v-" + tag
    if vpr in r150_seen:
        return
    r150_chk(vpr, v)
    J(v, "r150_" + fam + ("_arguable" if arg else ""), vpr, sch, vexp, [bexp, vexp])
    if arg:
        r150_arguable.add(v)
    r150_pairs.append((b, v))


def r150_safe_v(tag, fam, sch, bpr, bexp, vpr):
    b = r150_base(tag, fam, sch, bpr, bexp)
    v = "d150-ok-" + tag
    if vpr in r150_seen:
        return
    r150_chk(vpr, v)
    J(v, "r150_" + fam + "_safe", vpr, sch, bexp, [bexp], safe=True)
    r150_safe.append((b, v))


def r150_single(tag, fam, sch, pr, exp, mis, arg=False):
    s = "d150-s-" + tag
    if pr in r150_seen:
        return
    r150_chk(pr, s)
    J(s, "r150_" + fam + "_single" + ("_arguable" if arg else ""), pr, sch, exp, [mis, exp, exp])
    if arg:
        r150_arguable.add(s)
    r150_singles.append(s)


# ---- instructions: (tag, attr, builder(X) -> (instruction, schema, expect(name, value)))
def r150_inst(tag, X, attr):
    if attr == "city":
        if tag == "i1":
            return ("Extract %s's name and city as JSON.\n" % X, S({"name": "string", "city": "string"}),
                    lambda v: {"name": X, "city": v})
        if tag == "i2":
            return ("Where does %s live? Answer as JSON.\n" % X, S({"city": "string"}), lambda v: {"city": v})
        if tag == "i3":
            return ("Return the city of %s as JSON.\n" % X, S({"name": "string", "city": "string"},
                                                            {"city": "the city where %s lives" % X}),
                    lambda v: {"name": X, "city": v})
    if attr == "age":
        if tag == "i1":
            return ("Extract %s's name and age as JSON.\n" % X, S({"name": "string", "age": "integer"}),
                    lambda v: {"name": X, "age": v})
        if tag == "i2":
            return ("How old is %s? Answer as JSON.\n" % X, S({"age": "integer"}), lambda v: {"age": v})
        if tag == "i3":
            return ("Return the age of %s as JSON.\n" % X, S({"name": "string", "age": "integer"},
                                                           {"age": "the age of %s" % X}),
                    lambda v: {"name": X, "age": v})
    if attr == "job":
        if tag == "i1":
            return ("Extract %s's name and job as JSON.\n" % X, S({"name": "string", "job": "string"}),
                    lambda v: {"name": X, "job": v})
        if tag == "i2":
            return ("What does %s do for a living? Answer as JSON.\n" % X, S({"job": "string"}),
                    lambda v: {"job": v})
        if tag == "i3":
            return ("Return the occupation of %s as JSON.\n" % X, S({"name": "string", "job": "string"},
                                                                   {"job": "the job of %s" % X}),
                    lambda v: {"name": X, "job": v})
    raise ValueError((tag, attr))


# ---- the templates. Each: (tag, attr, ask ("A"/"B"/"C"), base text, base value key, [(vtag, text, value key, safe)])
# value keys: "vA", "vB", "vC", or an int (computed), or "NR" (no single answer).
# In a text: {A} {B} {C} names, {vA} {vB} {vC} the attribute's values, {aA}.. ages, {cA}.. cities.
r150_T = [
    # respectively
    ("resp", "city", "B", "{A} and {B} live in {cA} and {cB}, respectively.", "cB", [
        ("swnames", "{B} and {A} live in {cA} and {cB}, respectively.", "cA", False),
        ("swvals", "{A} and {B} live in {cB} and {cA}, respectively.", "cA", False),
        ("swboth", "{B} and {A} live in {cB} and {cA}, respectively.", "cB", True),
        ("para", "{A} and {B} live, respectively, in {cA} and {cB}.", "cB", True),
        ("ws", "{A} and {B}  live in {cA} and {cB},  respectively.", "cB", True),
        ("unrel", "{A} and {B} live in {cA} and {cB}, respectively. Both like hiking.", "cB", True),
        ("rev", "{A} and {B} live in {cA} and {cB}, respectively (or rather the reverse).", "cA", False),
        ("vv", "{A} and {B} live in {cA} and {cB}, respectively - no, vice versa.", "cA", False),
        ("norsp", "{A} and {B} live in {cA} and {cB}.", "NR", False),
        ("inresp", "{A} and {B} live in {cB} and {cA}, respectively.", "cA", False),
    ]),
    ("respage", "age", "B", "{A} and {B} are {aA} and {aB} years old, respectively.", "aB", [
        ("swnames", "{B} and {A} are {aA} and {aB} years old, respectively.", "aA", False),
        ("swvals", "{A} and {B} are {aB} and {aA} years old, respectively.", "aA", False),
        ("para", "{A} and {B} are, respectively, {aA} and {aB} years old.", "aB", True),
        ("unrel", "{A} and {B} are {aA} and {aB} years old, respectively. They met at work.", "aB", True),
    ]),
    ("respjob", "job", "B", "{A} and {B} work as a {jA} and a {jB}, respectively.", "jB", [
        ("swnames", "{B} and {A} work as a {jA} and a {jB}, respectively.", "jA", False),
        ("swvals", "{A} and {B} work as a {jB} and a {jA}, respectively.", "jA", False),
        ("para", "{A} and {B} work, respectively, as a {jA} and a {jB}.", "jB", True),
    ]),
    ("resp3", "city", "B", "{A}, {B} and {C} live in {cA}, {cB} and {cC}, respectively.", "cB", [
        ("rot", "{C}, {A} and {B} live in {cA}, {cB} and {cC}, respectively.", "cC", False),
        ("swvals", "{A}, {B} and {C} live in {cC}, {cA} and {cB}, respectively.", "cA", False),
        ("sw23", "{A}, {C} and {B} live in {cA}, {cB} and {cC}, respectively.", "cC", False),
    ]),
    # former / latter
    ("fl", "city", "B", "{A} and {B} applied. The former lives in {cA}, the latter in {cB}.", "cB", [
        ("swfl", "{A} and {B} applied. The latter lives in {cA}, the former in {cB}.", "cA", False),
        ("swnames", "{B} and {A} applied. The former lives in {cA}, the latter in {cB}.", "cA", False),
        ("swvals", "{A} and {B} applied. The former lives in {cB}, the latter in {cA}.", "cA", False),
        ("para", "{A} and {B} applied; the former lives in {cA} and the latter in {cB}.", "cB", True),
        ("unrel", "{A} and {B} applied. The former lives in {cA}, the latter in {cB}. Interviews are on Monday.", "cB", True),
    ]),
    ("flage", "age", "B", "{A} and {B} signed up. The former is {aA}, the latter {aB}.", "aB", [
        ("swfl", "{A} and {B} signed up. The latter is {aA}, the former {aB}.", "aA", False),
        ("swnames", "{B} and {A} signed up. The former is {aA}, the latter {aB}.", "aA", False),
        ("para", "{A} and {B} signed up: the former is {aA} and the latter is {aB}.", "aB", True),
    ]),
    ("latter", "city", "B", "{A} lives in {cA} and {B} lives in {cB}.", "cB", [
        ("lat", "{A} lives in {cA} and {B} lives in {cB}. In fact the latter lives in {cA} too.", "cA", False),
        ("lat2", "{A} lives in {cA} and {B} lives in {cB}; the latter moved to {cA} last week.", "cA", False),
        ("swap", "{B} lives in {cA} and {A} lives in {cB}.", "cA", False),
        ("para", "{A} lives in {cA}, and {B} lives in {cB}.", "cB", True),
        ("para2", "{B} lives in {cB} and {A} lives in {cA}.", "cB", True),
    ]),
    # pronouns
    ("pron", "city", "B", "{A} met {B} at the station. She lives in {cA}; he lives in {cB}.", "cB", [
        ("swpron", "{A} met {B} at the station. He lives in {cA}; she lives in {cB}.", "cA", False),
        ("swvals", "{A} met {B} at the station. She lives in {cB}; he lives in {cA}.", "cA", False),
        ("para", "{A} met {B} at the station. She lives in {cA}, and he lives in {cB}.", "cB", True),
    ]),
    ("pronage", "age", "B", "{A} met {B} in May. He is {aB} and she is {aA}.", "aB", [
        ("swpron", "{A} met {B} in May. She is {aB} and he is {aA}.", "aA", False),
        ("swvals", "{A} met {B} in May. He is {aA} and she is {aB}.", "aA", False),
        ("para", "{A} met {B} in May; he is {aB}, she is {aA}.", "aB", True),
    ]),
    ("pron1", "age", "B", "{A} met {B}. He is {aB}.", "aB", [
        ("she", "{A} met {B}. She is {aB}.", "NR", False),
        ("swnames", "{B} met {A}. He is {aB}.", "aB", True),
    ]),
    # comparative
    ("cmp", "age", "B", "{A} is {aA}. {B} is {aB}, seven years older than his sister.", "aB", [
        ("older", "{B} is two years older than {A}, who is {aA}.", "aA+2", False),
        ("younger", "{B} is two years younger than {A}, who is {aA}.", "aA-2", False),
        ("para", "{A} is {aA}. {B} is {aB}, which makes him older than his sister.", "aB", True),
    ]),
    ("cmp2", "age", "A", "{A} is {aA} and {B} is {aB}.", "aA", [
        ("twice", "{A} is twice as old as {B}, who is {aB}.", "2aB", False),
        ("same", "{A} is as old as {B}, who is {aB}.", "aB", False),
        ("swap", "{B} is {aA} and {A} is {aB}.", "aB", False),
        ("para", "{A} is {aA}, and {B} is {aB}.", "aA", True),
    ]),
    # apposition and relative clauses
    ("app", "city", "A", "{A}, whose brother {B} lives in {cB}, lives in {cA}.", "cA", [
        ("sw", "{A}, whose brother {B} lives in {cA}, lives in {cB}.", "cB", False),
        ("who", "{A}, who lives in {cB}, visits her brother {B} in {cA}.", "cB", False),
        ("para", "{A} lives in {cA}; her brother {B} lives in {cB}.", "cA", True),
    ]),
    ("rel", "job", "A", "{A}, who works as a {jA}, is married to {B}, a {jB}.", "jA", [
        ("sw", "{A}, who works as a {jB}, is married to {B}, a {jA}.", "jB", False),
        ("sw2", "{A} is married to {B}, who works as a {jA}; she is a {jB}.", "jB", False),
        ("para", "{A} works as a {jA} and is married to {B}, a {jB}.", "jA", True),
    ]),
    # reversed order / passive
    ("revo", "city", "B", "{cA} is where {A} lives, and {cB} is where {B} lives.", "cB", [
        ("sw", "{cA} is where {B} lives, and {cB} is where {A} lives.", "cA", False),
        ("pass", "{cA} is lived in by {B}, and {cB} by {A}.", "cA", False),
        ("para", "{cB} is where {B} lives, and {cA} is where {A} lives.", "cB", True),
    ]),
    ("pass", "city", "B", "{A} was visited in {cA} by {B}, who lives in {cB}.", "cB", [
        ("sw", "{A}, who lives in {cB}, was visited in {cA} by {B}.", "NR", False),
        ("act", "{B} visited {A} in {cA}, where he lives.", "cA", False),
        ("para", "{B}, who lives in {cB}, visited {A} in {cA}.", "cB", True),
    ]),
    # lists in one sentence
    ("list", "city", "B", "The applicants are {A} ({cA}), {B} ({cB}) and {C} ({cC}).", "cB", [
        ("sw", "The applicants are {A} ({cB}), {B} ({cA}) and {C} ({cC}).", "cA", False),
        ("sw2", "The applicants are {A} ({cA}), {B} ({cC}) and {C} ({cB}).", "cC", False),
        ("from", "The applicants are {A} from {cA}, {B} from {cB} and {C} from {cC}.", "cB", True),
        ("ord", "The applicants are {C} ({cC}), {A} ({cA}) and {B} ({cB}).", "cB", True),
    ]),
    ("listage", "age", "B", "The guests were {A} ({aA}), {B} ({aB}) and {C} ({aC}).", "aB", [
        ("sw", "The guests were {A} ({aB}), {B} ({aA}) and {C} ({aC}).", "aA", False),
        ("aged", "The guests were {A}, aged {aA}, {B}, aged {aB}, and {C}, aged {aC}.", "aB", True),
    ]),
    # each / both / neither / except
    ("both", "city", "B", "{A} and {B} both live in {cA}.", "cA", [
        ("only", "Only {A} lives in {cA}; {B} lives in {cB}.", "cB", False),
        ("neither", "Neither {A} nor {B} lives in {cA}; both live in {cB}.", "cB", False),
        ("each", "{A} and {B} each live in {cA}.", "cA", True),
    ]),
    ("exc", "city", "B", "Everyone except {A} lives in {cA}; {A} lives in {cB}. The team: {A}, {B}, {C}.", "cA", [
        ("swexc", "Everyone except {B} lives in {cA}; {B} lives in {cB}. The team: {A}, {B}, {C}.", "cB", False),
        ("but", "Everyone but {A} lives in {cA}; {A} lives in {cB}. The team: {A}, {B}, {C}.", "cA", True),
    ]),
    ("nei", "city", "B", "{A} lives in {cA}, and so does {B}.", "cA", [
        ("not", "{A} lives in {cA}, but {B} does not; he lives in {cB}.", "cB", False),
        ("nei", "Neither {A} nor {B} lives in {cA} any more; both moved to {cB}.", "cB", False),
        ("too", "{A} lives in {cA}, and {B} does too.", "cA", True),
    ]),
    # ordinal selection in prose
    ("ordn", "city", "B", "Three people signed up: first {A} from {cA}, then {B} from {cB}, and last {C} from {cC}.", "cB", [
        ("sw", "Three people signed up: first {A} from {cB}, then {B} from {cA}, and last {C} from {cC}.", "cA", False),
        ("para", "Three people signed up: first {A} from {cA}; then {B} from {cB}; and last {C} from {cC}.", "cB", True),
    ]),
    # quotes of what someone else said
    ("quote", "city", "A", "{A} told us: \"I live in {cA}.\" {B} lives in {cB}.", "cA", [
        ("other", "{A} told us: \"{B} lives in {cA}.\" {A} herself lives in {cB}.", "cB", False),
        ("he", "{B} told us: \"I live in {cA}.\" {A} lives in {cB}.", "cB", False),
        ("para", "{A} told us: \"I live in {cA}.\" And {B} lives in {cB}.", "cA", True),
    ]),
    ("quoteage", "age", "A", "{A} said: \"I am {aA}.\" {B} is {aB}.", "aA", [
        ("other", "{A} said: \"{B} is {aA}.\" She herself is {aB}.", "aB", False),
        ("he", "{B} said: \"I am {aA}.\" {A} is {aB}.", "aB", False),
    ]),
    # other languages
    ("no", "city", "B", "{A} og {B} bor i henholdsvis {cA} og {cB}.", "cB", [
        ("swnames", "{B} og {A} bor i henholdsvis {cA} og {cB}.", "cA", False),
        ("swvals", "{A} og {B} bor i henholdsvis {cB} og {cA}.", "cA", False),
        ("para", "{A} og {B} bor henholdsvis i {cA} og {cB}.", "cB", True),
    ]),
    ("de", "city", "B", "{A} und {B} wohnen in {cA} bzw. {cB}.", "cB", [
        ("swnames", "{B} und {A} wohnen in {cA} bzw. {cB}.", "cA", False),
        ("swvals", "{A} und {B} wohnen in {cB} bzw. {cA}.", "cA", False),
        ("jew", "{A} und {B} wohnen jeweils in {cA} und {cB}.", "cB", True),
    ]),
    ("dell", "city", "B", "{A} und {B} haben sich beworben. Erstere wohnt in {cA}, Letzterer in {cB}.", "cB", [
        ("sw", "{A} und {B} haben sich beworben. Letzterer wohnt in {cA}, Erstere in {cB}.", "cA", False),
    ]),
    ("fr", "city", "B", "{A} et {B} habitent respectivement à {cA} et à {cB}.", "cB", [
        ("swnames", "{B} et {A} habitent respectivement à {cA} et à {cB}.", "cA", False),
        ("swvals", "{A} et {B} habitent respectivement à {cB} et à {cA}.", "cA", False),
        ("cdc", "{A} et {B} habitent à {cA} et à {cB}, respectivement.", "cB", True),
    ]),
    ("frfl", "city", "B", "{A} et {B} ont postulé. La première habite à {cA}, le second à {cB}.", "cB", [
        ("sw", "{A} et {B} ont postulé. Le second habite à {cA}, la première à {cB}.", "cA", False),
    ]),
    ("es", "city", "B", "{A} y {B} viven en {cA} y {cB}, respectivamente.", "cB", [
        ("swnames", "{B} y {A} viven en {cA} y {cB}, respectivamente.", "cA", False),
        ("swvals", "{A} y {B} viven en {cB} y {cA}, respectivamente.", "cA", False),
    ]),
    ("esage", "age", "B", "{A} y {B} tienen {aA} y {aB} años, respectivamente.", "aB", [
        ("swnames", "{B} y {A} tienen {aA} y {aB} años, respectivamente.", "aA", False),
        ("swvals", "{A} y {B} tienen {aB} y {aA} años, respectivamente.", "aA", False),
    ]),
    ("noage", "age", "B", "{A} og {B} er henholdsvis {aA} og {aB} år.", "aB", [
        ("swnames", "{B} og {A} er henholdsvis {aA} og {aB} år.", "aA", False),
        ("swvals", "{A} og {B} er henholdsvis {aB} og {aA} år.", "aA", False),
    ]),
    ("it", "city", "B", "{A} e {B} vivono rispettivamente a {cA} e a {cB}.", "cB", [
        ("swnames", "{B} e {A} vivono rispettivamente a {cA} e a {cB}.", "cA", False),
    ]),
    ("nopron", "city", "B", "{A} traff {B} i går. Hun bor i {cA}, han bor i {cB}.", "cB", [
        ("swpron", "{A} traff {B} i går. Han bor i {cA}, hun bor i {cB}.", "cA", False),
    ]),
    # semicolon lists "name: value"
    ("semi", "city", "B", "Cities: {A} - {cA}; {B} - {cB}; {C} - {cC}.", "cB", [
        ("sw", "Cities: {A} - {cB}; {B} - {cA}; {C} - {cC}.", "cA", False),
    ]),
    # "the other one"
    ("other", "city", "B", "Of {A} and {B}, one lives in {cA} and the other in {cB}; {A} is the one in {cA}.", "cB", [
        ("sw", "Of {A} and {B}, one lives in {cA} and the other in {cB}; {B} is the one in {cA}.", "cA", False),
    ]),
]


def r150_fill(s, p):
    A, B, C, cA, cB, cC, aA, aB, aC, jA, jB = p
    return s.format(A=A, B=B, C=C, cA=cA, cB=cB, cC=cC, aA=aA, aB=aB, aC=aC, jA=jA, jB=jB)


def r150_val(k, p):
    A, B, C, cA, cB, cC, aA, aB, aC, jA, jB = p
    d = {"cA": cA, "cB": cB, "cC": cC, "aA": aA, "aB": aB, "aC": aC, "jA": jA, "jB": jB,
         "aA+2": aA + 2, "aA-2": aA - 2, "2aB": 2 * aB}
    if k == "NR":
        return None
    return d[k]


def r150_exp(mk, k, p, attr):
    v = r150_val(k, p)
    if v is None:
        e = mk(r150_NR if attr == "age" else "999")
        return e, True
    return mk(v), False


def r150_other_vals(k, p):
    """Plausible mistakes: the other people's values of the same kind."""
    A, B, C, cA, cB, cC, aA, aB, aC, jA, jB = p
    kind = k[0] if k != "NR" else None
    if k in ("aA+2", "aA-2", "2aB"):
        return [aA if k != "2aB" else aB]
    if k == "NR":
        return []
    grp = {"c": ["cA", "cB", "cC"], "a": ["aA", "aB", "aC"], "j": ["jA", "jB"]}[kind]
    return [r150_val(g, p) for g in grp if g != k]


def r150_main():
    for si, p in enumerate(r150_SETS):
        names = {"A": p[0], "B": p[1], "C": p[2]}
        for (t, attr, ask, btext, bk, vars_) in r150_T:
            X = names[ask]
            for it in ("i1", "i2", "i3"):
                inst, sch, mk = r150_inst(it, X, attr)
                bpr = inst + r150_fill(btext, p) + "\n"
                bexp, _ = r150_exp(mk, bk, p, attr)
                for (vt, vtext, vk, safe) in vars_:
                    tag = "%s-%d-%s-%s" % (t, si, it, vt)
                    vpr = inst + r150_fill(vtext, p) + "\n"
                    vexp, nr = r150_exp(mk, vk, p, attr)
                    if safe and vexp == bexp:
                        r150_safe_v(tag, t, sch, bpr, bexp, vpr)
                    else:
                        r150_pair(tag, t, sch, bpr, bexp, vpr, vexp, arg=nr and False)
                # instruction swap: same text, the other person asked (stale answer first)
                other = {"A": "B", "B": "A", "C": "A"}[ask]
                Y = names[other]
                inst2, sch2, mk2 = r150_inst(it, Y, attr)
                if sch2 == sch:
                    pass
                vk2 = {"cA": "cB", "cB": "cA", "aA": "aB", "aB": "aA", "jA": "jB", "jB": "jA"}.get(bk)
                if vk2 and t not in ("both", "exc", "nei"):
                    vpr = inst2 + r150_fill(btext, p) + "\n"
                    if vpr in r150_seen:
                        continue
                    vexp, _ = r150_exp(mk2, vk2, p, attr)
                    # the stale answer: the base's value under the asked person's name where the schema has a name
                    stale = dict(bexp)
                    if "name" in stale:
                        stale["name"] = Y
                    J("d150-v-%s-%d-%s-askother" % (t, si, it), "r150_%s_askother" % t, vpr, sch2, vexp,
                      [stale, vexp])
                    r150_chk(vpr, "d150-v-%s-%d-%s-askother" % (t, si, it))
                    r150_pairs.append((r150_bid[bpr], "d150-v-%s-%d-%s-askother" % (t, si, it)))


def r150_singles_gen():
    for si, p in enumerate(r150_SINGLE_SETS):
        names = {"A": p[0], "B": p[1], "C": p[2]}
        for (t, attr, ask, btext, bk, vars_) in r150_T:
            X = names[ask]
            texts = [("b", btext, bk)] + [(vt, vtext, vk) for (vt, vtext, vk, safe) in vars_]
            for it in ("i1", "i2", "i3"):
                inst, sch, mk = r150_inst(it, X, attr)
                for (vt, text, k) in texts:
                    pr = inst + r150_fill(text, p) + "\n"
                    exp, nr = r150_exp(mk, k, p, attr)
                    if nr:
                        # no single right answer: any plausible value is the model's answer
                        for j, w in enumerate([p[3 if attr == "city" else 6], p[4 if attr == "city" else 7]]):
                            r150_single("%s-%d-%s-%s-nr%d" % (t, si, it, vt, j), t, sch, pr if j == 0 else pr + " ",
                                        exp, mk(w))
                        continue
                    for j, w in enumerate(r150_other_vals(k, p)):
                        prj = pr if j == 0 else pr.replace("\n", "\n" + " " * j, 1)
                        r150_single("%s-%d-%s-%s-m%d" % (t, si, it, vt, j), t, sch, prj, exp, mk(w))


r150_main()
r150_singles_gen()


# ---- part 2: one predicate template over many attributes (the shapes of part 1 that store: lower-case words)
# attribute: key, schema type, singular predicate ("works as a {v}"), plural verb ("work as"), item ("a {v}"),
# values per set [(vA, vB, vC)] for the pair sets, and for the single sets
r150_ATTRS = [
    ("job", "string", "works as a {v}", "work as", "a {v}",
     [("nurse", "pilot", "baker"), ("teacher", "plumber", "chef")], [("dentist", "welder", "tailor"), ("editor", "farmer", "judge")]),
    ("instrument", "string", "plays the {v}", "play", "the {v}",
     [("violin", "cello", "flute"), ("piano", "drums", "harp")], [("oboe", "trumpet", "bassoon"), ("guitar", "banjo", "viola")]),
    ("sport", "string", "plays {v}", "play", "{v}",
     [("tennis", "golf", "chess"), ("squash", "rugby", "hockey")], [("cricket", "bowls", "darts"), ("handball", "polo", "netball")]),
    ("pet", "string", "owns a {v}", "own", "a {v}",
     [("cat", "dog", "parrot"), ("rabbit", "hamster", "goat")], [("ferret", "lizard", "tortoise"), ("pony", "turtle", "canary")]),
    ("language", "string", "speaks {v}", "speak", "{v}",
     [("Polish", "Finnish", "Greek"), ("Dutch", "Czech", "Welsh")], [("Danish", "Turkish", "Hindi"), ("Korean", "Basque", "Thai")]),
    ("phone", "string", "can be reached at {v}", "can be reached at", "{v}",
     [("555-0142", "555-0199", "555-0107"), ("555-0311", "555-0388", "555-0350")], [("555-0421", "555-0477", "555-0455"), ("555-0612", "555-0690", "555-0633")]),
    ("email", "string", "writes from {v}", "write from", "{v}",
     [("ana@fjord.no", "tom@fjord.no", "siv@fjord.no"), ("eva@vik.no", "per@vik.no", "kari@vik.no")],
     [("mia@sand.no", "ole@sand.no", "rut@sand.no"), ("une@foss.no", "kai@foss.no", "tone@foss.no")]),
    ("room", "integer", "stays in room {v}", "stay in rooms", "{v}",
     [(214, 310, 118), (405, 502, 221)], [(117, 319, 226), (612, 708, 433)]),
    ("age", "integer", "is {v} years old", "are", "{v}",
     [(34, 41, 29), (52, 47, 38)], [(31, 58, 44), (49, 36, 61)]),
    ("colour", "string", "drives a {v} car", "drive", "a {v} car",
     [("red", "blue", "green"), ("black", "white", "silver")], [("yellow", "grey", "orange"), ("brown", "purple", "beige")]),
    ("diet", "string", "is {v}", "are", "{v}",
     [("vegan", "vegetarian", "pescatarian"), ("vegetarian", "vegan", "pescatarian")],
     [("pescatarian", "vegan", "vegetarian"), ("vegan", "pescatarian", "vegetarian")]),
]
r150_P2_PEOPLE = [("Ana Berg", "Tom Lie", "Siv Holt"), ("Eva Lund", "Per Dahl", "Kari Moe")]
r150_P2_SPEOPLE = [("Mia Sand", "Ole Vik", "Rut Bakke"), ("Une Foss", "Kai Strand", "Tone Lien")]


def r150_resp_line(p, a, b, va, vb, word="respectively"):
    return "%s and %s %s %s and %s, %s." % (a, b, p[3], p[4].format(v=va), p[4].format(v=vb), word)


# shapes: tag, ask, base builder, [(vtag, builder, value index or None (NR), safe)]
# a builder gets (attr, A, B, C, vA, vB, vC) and returns the text
def r150_s(at, v):
    return at[2].format(v=v)


r150_SHAPES = [
    ("resp", "B", lambda at, A, B, C, a, b, c: r150_resp_line(at, A, B, a, b), "b", [
        ("swnames", lambda at, A, B, C, a, b, c: r150_resp_line(at, B, A, a, b), "a", False),
        ("swvals", lambda at, A, B, C, a, b, c: r150_resp_line(at, A, B, b, a), "a", False),
        ("swboth", lambda at, A, B, C, a, b, c: r150_resp_line(at, B, A, b, a), "b", True),
        ("unrel", lambda at, A, B, C, a, b, c: r150_resp_line(at, A, B, a, b) + " They met in 2019.", "b", True),
        ("vv", lambda at, A, B, C, a, b, c: r150_resp_line(at, A, B, a, b)[:-1] + " - no, the other way round.", "a", False),
        ("rev", lambda at, A, B, C, a, b, c: r150_resp_line(at, A, B, a, b, "in reverse order"), "a", False),
        ("drop", lambda at, A, B, C, a, b, c: r150_resp_line(at, A, B, a, b)[:-len(", respectively.")] + ".", None, False),
        ("resp3", lambda at, A, B, C, a, b, c: "%s, %s and %s %s %s, %s and %s, respectively." % (
            A, C, B, at[3], at[4].format(v=a), at[4].format(v=c), at[4].format(v=b)), "b", True),
        ("resp3sw", lambda at, A, B, C, a, b, c: "%s, %s and %s %s %s, %s and %s, respectively." % (
            A, B, C, at[3], at[4].format(v=a), at[4].format(v=c), at[4].format(v=b)), "c", False),
    ]),
    ("fl", "B", lambda at, A, B, C, a, b, c: "%s and %s applied. The former %s; the latter %s." % (A, B, r150_s(at, a), r150_s(at, b)), "b", [
        ("swfl", lambda at, A, B, C, a, b, c: "%s and %s applied. The latter %s; the former %s." % (A, B, r150_s(at, a), r150_s(at, b)), "a", False),
        ("swnames", lambda at, A, B, C, a, b, c: "%s and %s applied. The former %s; the latter %s." % (B, A, r150_s(at, a), r150_s(at, b)), "a", False),
        ("para", lambda at, A, B, C, a, b, c: "%s and %s applied. The former %s, and the latter %s." % (A, B, r150_s(at, a), r150_s(at, b)), "b", True),
    ]),
    ("pron", "B", lambda at, A, B, C, a, b, c: "%s met %s. She %s; he %s." % (A, B, r150_s(at, a), r150_s(at, b)), "b", [
        ("swpron", lambda at, A, B, C, a, b, c: "%s met %s. He %s; she %s." % (A, B, r150_s(at, a), r150_s(at, b)), "a", False),
        ("swvals", lambda at, A, B, C, a, b, c: "%s met %s. She %s; he %s." % (A, B, r150_s(at, b), r150_s(at, a)), "a", False),
        ("para", lambda at, A, B, C, a, b, c: "%s met %s. He %s; she %s." % (A, B, r150_s(at, b), r150_s(at, a)), "b", True),
    ]),
    ("pron1", "B", lambda at, A, B, C, a, b, c: "%s met %s. He %s." % (A, B, r150_s(at, b)), "b", [
        ("she", lambda at, A, B, C, a, b, c: "%s met %s. She %s." % (A, B, r150_s(at, b)), None, False),
        ("the", lambda at, A, B, C, a, b, c: "%s met %s. The latter %s." % (B, A, r150_s(at, b)), "NA", False),
        ("former", lambda at, A, B, C, a, b, c: "%s met %s. The former %s." % (A, B, r150_s(at, b)), "NA", False),
        ("swn", lambda at, A, B, C, a, b, c: "%s met %s. He %s." % (B, A, r150_s(at, b)), "b", True),
    ]),
    ("rel", "B", lambda at, A, B, C, a, b, c: "%s, who %s, is married to %s, who %s." % (A, r150_s(at, a), B, r150_s(at, b)), "b", [
        ("sw", lambda at, A, B, C, a, b, c: "%s, who %s, is married to %s, who %s." % (A, r150_s(at, b), B, r150_s(at, a)), "a", False),
        ("swn", lambda at, A, B, C, a, b, c: "%s, who %s, is married to %s, who %s." % (B, r150_s(at, a), A, r150_s(at, b)), "a", False),
        ("para", lambda at, A, B, C, a, b, c: "%s, who %s, is married to %s, who %s." % (B, r150_s(at, b), A, r150_s(at, a)), "b", True),
    ]),
    ("app", "A", lambda at, A, B, C, a, b, c: "%s, whose brother %s %s, %s." % (A, B, r150_s(at, b), r150_s(at, a)), "a", [
        ("sw", lambda at, A, B, C, a, b, c: "%s, whose brother %s %s, %s." % (A, B, r150_s(at, a), r150_s(at, b)), "b", False),
        ("para", lambda at, A, B, C, a, b, c: "%s %s; her brother %s %s." % (A, r150_s(at, a), B, r150_s(at, b)), "a", True),
    ]),
    ("list", "B", lambda at, A, B, C, a, b, c: "The applicants are %s (%s), %s (%s) and %s (%s)." % (A, a, B, b, C, c), "b", [
        ("sw", lambda at, A, B, C, a, b, c: "The applicants are %s (%s), %s (%s) and %s (%s)." % (A, b, B, a, C, c), "a", False),
        ("sw2", lambda at, A, B, C, a, b, c: "The applicants are %s (%s), %s (%s) and %s (%s)." % (A, a, B, c, C, b), "c", False),
        ("ord", lambda at, A, B, C, a, b, c: "The applicants are %s (%s), %s (%s) and %s (%s)." % (C, c, A, a, B, b), "b", True),
    ]),
    ("exc", "B", lambda at, A, B, C, a, b, c: "The team is %s, %s and %s. Everyone except %s %s; %s %s." % (A, B, C, A, r150_s(at, b), A, r150_s(at, a)), "b", [
        ("sw", lambda at, A, B, C, a, b, c: "The team is %s, %s and %s. Everyone except %s %s; %s %s." % (A, B, C, B, r150_s(at, b), B, r150_s(at, a)), "a", False),
        ("but", lambda at, A, B, C, a, b, c: "The team is %s, %s and %s. Everyone but %s %s; %s %s." % (A, B, C, A, r150_s(at, b), A, r150_s(at, a)), "b", True),
    ]),
    ("both", "B", lambda at, A, B, C, a, b, c: "%s and %s both %s %s." % (A, B, at[3], at[4].format(v=a)), "a", [
        ("only", lambda at, A, B, C, a, b, c: "Only %s %s; %s %s." % (A, r150_s(at, a), B, r150_s(at, b)), "b", False),
        ("each", lambda at, A, B, C, a, b, c: "%s and %s each %s %s." % (A, B, at[3], at[4].format(v=a)), "a", True),
    ]),
    ("quote", "B", lambda at, A, B, C, a, b, c: "%s said: \"%s %s.\" He himself %s." % (B, A, r150_s(at, a), r150_s(at, b)), "b", [
        ("sw", lambda at, A, B, C, a, b, c: "%s said: \"%s %s.\" He himself %s." % (B, A, r150_s(at, b), r150_s(at, a)), "a", False),
        ("sw2", lambda at, A, B, C, a, b, c: "%s said: \"%s %s.\" She herself %s." % (A, B, r150_s(at, a), r150_s(at, b)), "a", False),
    ]),
    ("latter", "B", lambda at, A, B, C, a, b, c: "%s %s and %s %s." % (A, r150_s(at, a), B, r150_s(at, b)), "b", [
        ("lat", lambda at, A, B, C, a, b, c: "%s %s and %s %s. Correction: the latter %s too." % (A, r150_s(at, a), B, r150_s(at, b), r150_s(at, a)), "a", False),
        ("swap", lambda at, A, B, C, a, b, c: "%s %s and %s %s." % (B, r150_s(at, a), A, r150_s(at, b)), "a", False),
        ("para", lambda at, A, B, C, a, b, c: "%s %s, and %s %s." % (B, r150_s(at, b), A, r150_s(at, a)), "b", True),
    ]),
    ("ordn", "B", lambda at, A, B, C, a, b, c: "First came %s, who %s, then %s, who %s, and last %s, who %s." % (A, r150_s(at, a), B, r150_s(at, b), C, r150_s(at, c)), "b", [
        ("sw", lambda at, A, B, C, a, b, c: "First came %s, who %s, then %s, who %s, and last %s, who %s." % (A, r150_s(at, b), B, r150_s(at, a), C, r150_s(at, c)), "a", False),
    ]),
    ("no", "B", lambda at, A, B, C, a, b, c: "%s og %s: henholdsvis %s og %s." % (A, B, a, b), "b", [
        ("sw", lambda at, A, B, C, a, b, c: "%s og %s: henholdsvis %s og %s." % (B, A, a, b), "a", False),
    ]),
    ("de", "B", lambda at, A, B, C, a, b, c: "%s und %s: %s bzw. %s." % (A, B, a, b), "b", [
        ("sw", lambda at, A, B, C, a, b, c: "%s und %s: %s bzw. %s." % (B, A, a, b), "a", False),
    ]),
    ("fr", "B", lambda at, A, B, C, a, b, c: "%s et %s : respectivement %s et %s." % (A, B, a, b), "b", [
        ("sw", lambda at, A, B, C, a, b, c: "%s et %s : respectivement %s et %s." % (B, A, a, b), "a", False),
    ]),
    ("es", "B", lambda at, A, B, C, a, b, c: "%s y %s: %s y %s, respectivamente." % (A, B, a, b), "b", [
        ("sw", lambda at, A, B, C, a, b, c: "%s y %s: %s y %s, respectivamente." % (B, A, a, b), "a", False),
    ]),
]


def r150_p2_inst(it, X, at):
    key, typ = at[0], at[1]
    if it == "i1":
        return ("Extract %s's name and %s as JSON.\n" % (X, key), S({"name": "string", key: typ}),
                lambda v: {"name": X, key: v})
    if it == "i2":
        return ("Return the %s of %s as JSON.\n" % (key, X), S({key: typ}), lambda v: {key: v})
    if it == "i3":
        return ("Extract as JSON.\n", S({"name": "string", key: typ}, {"name": "the name of %s" % X,
                                                                         key: "the %s of %s" % (key, X)}),
                lambda v: {"name": X, key: v})
    raise ValueError(it)


def r150_p2_val(k, vals):
    if k is None:
        return None
    if k == "NA":
        return "NA"
    return {"a": vals[0], "b": vals[1], "c": vals[2]}[k]


def r150_p2_exp(mk, k, vals, at):
    v = r150_p2_val(k, vals)
    if v is None:
        return mk(r150_NR if at[1] == "integer" else "999"), True
    if v == "NA":   # the asked person's value is not stated (another person's is)
        return mk(r150_NR if at[1] == "integer" else "999"), True
    return mk(v), False


def r150_main2():
    for at in r150_ATTRS:
        for si, (peo, vals) in enumerate(zip(r150_P2_PEOPLE, at[5])):
            A, B, C = peo
            names = {"A": A, "B": B, "C": C}
            for (t, ask, bb, bk, vars_) in r150_SHAPES:
                X = names[ask]
                btext = bb(at, A, B, C, *vals)
                for it in ("i1", "i2", "i3"):
                    inst, sch, mk = r150_p2_inst(it, X, at)
                    bpr = inst + btext + "\n"
                    bexp, _ = r150_p2_exp(mk, bk, vals, at)
                    for (vt, vb, vk, safe) in vars_:
                        tag = "p2-%s-%s-%d-%s-%s" % (at[0], t, si, it, vt)
                        vpr = inst + vb(at, A, B, C, *vals) + "\n"
                        vexp, nr = r150_p2_exp(mk, vk, vals, at)
                        if safe and vexp == bexp:
                            r150_safe_v(tag, "p2_" + t, sch, bpr, bexp, vpr)
                        else:
                            r150_pair(tag, "p2_" + t, sch, bpr, bexp, vpr, vexp)
                    # the other person asked, same text
                    Y = names[{"A": "B", "B": "A"}[ask]]
                    ok = {"a": "b", "b": "a"}.get(bk)
                    if ok and t not in ("both", "exc"):
                        inst2, sch2, mk2 = r150_p2_inst(it, Y, at)
                        vpr = inst2 + btext + "\n"
                        if vpr not in r150_seen:
                            vexp, _ = r150_p2_exp(mk2, ok, vals, at)
                            stale = dict(bexp)
                            if "name" in stale:
                                stale["name"] = Y
                            r150_pair("p2-%s-%s-%d-%s-askother" % (at[0], t, si, it), "p2_" + t + "_askother", sch2,
                                      bpr, bexp, vpr, vexp)
                            # fix the stale answer (r150_pair wrote the base's answer first)
                            P[-1]["answers"] = [stale, vexp]


def r150_singles2():
    for at in r150_ATTRS:
        for si, (peo, vals) in enumerate(zip(r150_P2_SPEOPLE, at[6])):
            A, B, C = peo
            names = {"A": A, "B": B, "C": C}
            for (t, ask, bb, bk, vars_) in r150_SHAPES:
                X = names[ask]
                texts = [("b", bb, bk)] + [(vt, vb, vk) for (vt, vb, vk, safe) in vars_]
                for it in ("i1", "i2", "i3"):
                    inst, sch, mk = r150_p2_inst(it, X, at)
                    for (vt, tb, k) in texts:
                        pr = inst + tb(at, A, B, C, *vals) + "\n"
                        exp, nr = r150_p2_exp(mk, k, vals, at)
                        if nr:
                            mis = [vals[1], vals[0]]
                        else:
                            right = r150_p2_val(k, vals)
                            mis = [v for v in vals if v != right][:2]
                        for j, w in enumerate(mis):
                            prj = pr if j == 0 else pr + " "
                            r150_single("p2-%s-%s-%d-%s-%s-m%d" % (at[0], t, si, it, vt, j), "p2_" + t, sch, prj,
                                        exp, mk(w))


r150_main2()
r150_singles2()


# ---- part 3: prose that names the member ("Ana's pet is a cat and Tom's is a dog")
r150_ATTRS3 = [a for a in r150_ATTRS] + [
    ("city", "string", "lives in {v}", "live in", "{v}",
     [("Oslo", "Bergen", "Molde"), ("Tromso", "Hamar", "Alta")], [("Drammen", "Halden", "Harstad"), ("Skien", "Narvik", "Bodo")]),
    ("team", "string", "is on team {v}", "are on teams", "{v}",
     [("Red", "Blue", "Green"), ("North", "South", "East")], [("Alpha", "Bravo", "Delta"), ("Falcon", "Eagle", "Hawk")]),
]


def r150_k(at):
    return at[0]


r150_SHAPES3 = [
    ("poss", "B", lambda at, A, B, C, a, b, c: "%s's %s is %s and %s's is %s." % (A, r150_k(at), a, B, b), "b", [
        ("swn", lambda at, A, B, C, a, b, c: "%s's %s is %s and %s's is %s." % (B, r150_k(at), a, A, b), "a", False),
        ("swv", lambda at, A, B, C, a, b, c: "%s's %s is %s and %s's is %s." % (A, r150_k(at), b, B, a), "a", False),
        ("same", lambda at, A, B, C, a, b, c: "%s's %s is %s, and so is %s's." % (A, r150_k(at), a, B), "a", False),
        ("para", lambda at, A, B, C, a, b, c: "%s's %s is %s, and %s's is %s." % (B, r150_k(at), b, A, a), "b", True),
        ("unrel", lambda at, A, B, C, a, b, c: "%s's %s is %s and %s's is %s. They are cousins." % (A, r150_k(at), a, B, b), "b", True),
        ("full", lambda at, A, B, C, a, b, c: "%s's %s is %s and %s's %s is %s." % (A, r150_k(at), a, B, r150_k(at), b), "b", True),
    ]),
    ("resp", "B", lambda at, A, B, C, a, b, c: "The %ss of %s and %s are %s and %s, respectively." % (r150_k(at), A, B, a, b), "b", [
        ("swn", lambda at, A, B, C, a, b, c: "The %ss of %s and %s are %s and %s, respectively." % (r150_k(at), B, A, a, b), "a", False),
        ("swv", lambda at, A, B, C, a, b, c: "The %ss of %s and %s are %s and %s, respectively." % (r150_k(at), A, B, b, a), "a", False),
        ("drop", lambda at, A, B, C, a, b, c: "The %ss of %s and %s are %s and %s." % (r150_k(at), A, B, a, b), None, False),
        ("rev", lambda at, A, B, C, a, b, c: "The %ss of %s and %s are %s and %s, in reverse order." % (r150_k(at), A, B, a, b), "a", False),
        ("para", lambda at, A, B, C, a, b, c: "The %ss of %s and %s are, respectively, %s and %s." % (r150_k(at), A, B, a, b), "b", True),
    ]),
    ("for", "B", lambda at, A, B, C, a, b, c: "%s: %s for %s, %s for %s." % (r150_k(at).capitalize(), a, A, b, B), "b", [
        ("sw", lambda at, A, B, C, a, b, c: "%s: %s for %s, %s for %s." % (r150_k(at).capitalize(), a, B, b, A), "a", False),
        ("para", lambda at, A, B, C, a, b, c: "%s: %s for %s, %s for %s." % (r150_k(at).capitalize(), b, B, a, A), "b", True),
    ]),
    ("par", "B", lambda at, A, B, C, a, b, c: "%s (%s %s) and %s (%s %s) arrived." % (A, r150_k(at), a, B, r150_k(at), b), "b", [
        ("sw", lambda at, A, B, C, a, b, c: "%s (%s %s) and %s (%s %s) arrived." % (A, r150_k(at), b, B, r150_k(at), a), "a", False),
        ("swn", lambda at, A, B, C, a, b, c: "%s (%s %s) and %s (%s %s) arrived." % (B, r150_k(at), a, A, r150_k(at), b), "a", False),
        ("para", lambda at, A, B, C, a, b, c: "%s (%s %s) and %s (%s %s) arrived." % (B, r150_k(at), b, A, r150_k(at), a), "b", True),
    ]),
    ("herhis", "B", lambda at, A, B, C, a, b, c: "%s met %s. Her %s is %s; his is %s." % (A, B, r150_k(at), a, b), "b", [
        ("sw", lambda at, A, B, C, a, b, c: "%s met %s. His %s is %s; hers is %s." % (A, B, r150_k(at), a, b), "a", False),
        ("his1", lambda at, A, B, C, a, b, c: "%s met %s. His %s is %s." % (A, B, r150_k(at), b), "b", True),
        ("her1", lambda at, A, B, C, a, b, c: "%s met %s. Her %s is %s." % (A, B, r150_k(at), b), None, False),
    ]),
    ("fl", "B", lambda at, A, B, C, a, b, c: "%s and %s applied. The former's %s is %s, the latter's %s." % (A, B, r150_k(at), a, b), "b", [
        ("sw", lambda at, A, B, C, a, b, c: "%s and %s applied. The latter's %s is %s, the former's %s." % (A, B, r150_k(at), a, b), "a", False),
        ("swn", lambda at, A, B, C, a, b, c: "%s and %s applied. The former's %s is %s, the latter's %s." % (B, A, r150_k(at), a, b), "a", False),
    ]),
    ("quote", "B", lambda at, A, B, C, a, b, c: "%s said: \"%s's %s is %s.\" His own %s is %s." % (B, A, r150_k(at), a, r150_k(at), b), "b", [
        ("sw", lambda at, A, B, C, a, b, c: "%s said: \"%s's %s is %s.\" His own %s is %s." % (B, A, r150_k(at), b, r150_k(at), a), "a", False),
        ("sw2", lambda at, A, B, C, a, b, c: "%s said: \"My %s is %s.\" %s's %s is %s." % (A, r150_k(at), b, B, r150_k(at), a), "a", False),
    ]),
    ("sameas", "B", lambda at, A, B, C, a, b, c: "%s's %s is %s. %s's %s is %s." % (A, r150_k(at), a, B, r150_k(at), b), "b", [
        ("same", lambda at, A, B, C, a, b, c: "%s's %s is %s. %s's %s is the same as %s's." % (A, r150_k(at), a, B, r150_k(at), A), "a", False),
        ("sw", lambda at, A, B, C, a, b, c: "%s's %s is %s. %s's %s is %s." % (B, r150_k(at), a, A, r150_k(at), b), "a", False),
        ("para", lambda at, A, B, C, a, b, c: "%s's %s is %s. %s's %s is %s." % (B, r150_k(at), b, A, r150_k(at), a), "b", True),
    ]),
    ("no", "B", lambda at, A, B, C, a, b, c: "%ss %s er %s, og %ss er %s." % (A, r150_k(at), a, B, b), "b", [
        ("sw", lambda at, A, B, C, a, b, c: "%ss %s er %s, og %ss er %s." % (B, r150_k(at), a, A, b), "a", False),
    ]),
    ("de", "B", lambda at, A, B, C, a, b, c: "%s: %s %s, %s: %s %s." % (A, r150_k(at), a, B, r150_k(at), b), "b", [
        ("sw", lambda at, A, B, C, a, b, c: "%s: %s %s, %s: %s %s." % (B, r150_k(at), a, A, r150_k(at), b), "a", False),
    ]),
]


def r150_main3():
    for at in r150_ATTRS3:
        for si, (peo, vals) in enumerate(zip(r150_P2_PEOPLE, at[5])):
            A, B, C = peo
            names = {"A": A, "B": B, "C": C}
            for (t, ask, bb, bk, vars_) in r150_SHAPES3:
                X = names[ask]
                btext = bb(at, A, B, C, *vals)
                for it in ("i1", "i2", "i3"):
                    inst, sch, mk = r150_p2_inst(it, X, at)
                    bpr = inst + btext + "\n"
                    bexp, _ = r150_p2_exp(mk, bk, vals, at)
                    for (vt, vb, vk, safe) in vars_:
                        tag = "p3-%s-%s-%d-%s-%s" % (at[0], t, si, it, vt)
                        vpr = inst + vb(at, A, B, C, *vals) + "\n"
                        vexp, nr = r150_p2_exp(mk, vk, vals, at)
                        if safe and vexp == bexp:
                            r150_safe_v(tag, "p3_" + t, sch, bpr, bexp, vpr)
                        else:
                            r150_pair(tag, "p3_" + t, sch, bpr, bexp, vpr, vexp)
                    Y = names["A"]
                    inst2, sch2, mk2 = r150_p2_inst(it, Y, at)
                    vpr = inst2 + btext + "\n"
                    if vpr not in r150_seen:
                        vexp, _ = r150_p2_exp(mk2, "a", vals, at)
                        stale = dict(bexp)
                        if "name" in stale:
                            stale["name"] = Y
                        if t == "herhis":
                            pass
                        r150_pair("p3-%s-%s-%d-%s-askother" % (at[0], t, si, it), "p3_" + t + "_askother", sch2,
                                  bpr, bexp, vpr, vexp)
                        P[-1]["answers"] = [stale, vexp]


def r150_singles3():
    for at in r150_ATTRS3:
        for si, (peo, vals) in enumerate(zip(r150_P2_SPEOPLE, at[6])):
            A, B, C = peo
            names = {"A": A, "B": B, "C": C}
            for (t, ask, bb, bk, vars_) in r150_SHAPES3:
                X = names[ask]
                texts = [("b", bb, bk)] + [(vt, vb, vk) for (vt, vb, vk, safe) in vars_]
                for it in ("i1", "i2", "i3"):
                    inst, sch, mk = r150_p2_inst(it, X, at)
                    for (vt, tb, k) in texts:
                        pr = inst + tb(at, A, B, C, *vals) + "\n"
                        exp, nr = r150_p2_exp(mk, k, vals, at)
                        if nr:
                            mis = [vals[1], vals[0]]
                        else:
                            right = r150_p2_val(k, vals)
                            mis = [v for v in vals if v != right][:1]
                        for j, w in enumerate(mis):
                            prj = pr if j == 0 else pr + " "
                            r150_single("p3-%s-%s-%d-%s-%s-m%d" % (at[0], t, si, it, vt, j), "p3_" + t, sch, prj,
                                        exp, mk(w))


r150_main3()
r150_singles3()


# ---- part 4: one-member schemas (the shape that stores prose) asked in other ways; ordinals
def r150_p4_inst(it, X, at):
    key, typ = at[0], at[1]
    if it == "i4":
        return ("What is %s's %s? Answer as JSON.\n" % (X, key), S({key: typ}), lambda v: {key: v})
    if it == "i5":
        return ("Extract as JSON.\n", S({key: typ}, {key: "the %s of %s" % (key, X)}), lambda v: {key: v})
    if it == "i6":
        return ("Give %s's %s as JSON.\n" % (X, key), S({key: typ}), lambda v: {key: v})
    raise ValueError(it)


def r150_main4():
    for at in r150_ATTRS3:
        vals = at[5][0]
        A, B, C = r150_P2_PEOPLE[0]
        names = {"A": A, "B": B, "C": C}
        for (t, ask, bb, bk, vars_) in [("p3" + s[0],) + s[1:] for s in r150_SHAPES3] + \
                [("p2" + s[0],) + s[1:] for s in r150_SHAPES]:
            X = names[ask]
            btext = bb(at, A, B, C, *vals)
            for it in ("i4", "i5", "i6"):
                inst, sch, mk = r150_p4_inst(it, X, at)
                bpr = inst + btext + "\n"
                bexp, _ = r150_p2_exp(mk, bk, vals, at)
                for (vt, vb, vk, safe) in vars_:
                    tag = "p4-%s-%s-%s-%s" % (at[0], t, it, vt)
                    vpr = inst + vb(at, A, B, C, *vals) + "\n"
                    vexp, nr = r150_p2_exp(mk, vk, vals, at)
                    if safe and vexp == bexp:
                        r150_safe_v(tag, "p4_" + t, sch, bpr, bexp, vpr)
                    else:
                        r150_pair(tag, "p4_" + t, sch, bpr, bexp, vpr, vexp, arg=(vt == "drop"))
                Y = names["A"] if ask != "A" else names["B"]
                if bk in ("a", "b") and not t.endswith(("both", "exc")):
                    inst2, sch2, mk2 = r150_p4_inst(it, Y, at)
                    vpr = inst2 + btext + "\n"
                    if vpr not in r150_seen:
                        vexp, _ = r150_p2_exp(mk2, {"a": "b", "b": "a"}[bk], vals, at)
                        r150_pair("p4-%s-%s-%s-askother" % (at[0], t, it), "p4_" + t + "_askother", sch2,
                                  bpr, bexp, vpr, vexp)
        # singles, the second set
        vals = at[6][0]
        A, B, C = r150_P2_SPEOPLE[0]
        names = {"A": A, "B": B, "C": C}
        for (t, ask, bb, bk, vars_) in [("p3" + s[0],) + s[1:] for s in r150_SHAPES3] + \
                [("p2" + s[0],) + s[1:] for s in r150_SHAPES]:
            X = names[ask]
            texts = [("b", bb, bk)] + [(vt, vb, vk) for (vt, vb, vk, safe) in vars_]
            for it in ("i4", "i5", "i6"):
                inst, sch, mk = r150_p4_inst(it, X, at)
                for (vt, tb, k) in texts:
                    pr = inst + tb(at, A, B, C, *vals) + "\n"
                    exp, nr = r150_p2_exp(mk, k, vals, at)
                    if nr:
                        mis = [vals[1]]
                    else:
                        right = r150_p2_val(k, vals)
                        mis = [v for v in vals if v != right][:1]
                    r150_single("p4-%s-%s-%s-%s" % (at[0], t, it, vt), "p4_" + t, sch, pr, exp, mk(mis[0]),
                                arg=(vt == "drop"))


def r150_ordinals():
    for at in r150_ATTRS3:
        for si, (peo, vals) in enumerate([(r150_P2_PEOPLE[0], at[5][0]), (r150_P2_SPEOPLE[0], at[6][0])]):
            A, B, C = peo
            key, typ = at[0], at[1]
            L = lambda seq: "The applicants, in order: " + ", ".join("%s (%s %s)" % (n, key, v) for n, v in seq) + "."
            base = [(A, vals[0]), (B, vals[1]), (C, vals[2])]
            forms = [
                ("o1", "Return the %s of the second applicant as JSON.\n" % key, 1),
                ("o2", "Return the %s of the last applicant as JSON.\n" % key, 2),
                ("o3", "Return the %s of the first applicant as JSON.\n" % key, 0),
            ]
            for (ot, inst, idx) in forms:
                sch = S({key: typ})
                bpr = inst + L(base) + "\n"
                bexp = {key: base[idx][1]}
                vars_ = [
                    ("rot", [base[2], base[0], base[1]]),
                    ("swap12", [base[1], base[0], base[2]]),
                    ("swap23", [base[0], base[2], base[1]]),
                    ("rev", [base[2], base[1], base[0]]),
                ]
                if si == 0:
                    for (vt, seq) in vars_:
                        vexp = {key: seq[idx][1]}
                        vpr = inst + L(seq) + "\n"
                        tag = "p5-%s-%s-%s" % (key, ot, vt)
                        if vexp == bexp:
                            r150_safe_v(tag, "p5_ord", sch, bpr, bexp, vpr)
                        else:
                            r150_pair(tag, "p5_ord", sch, bpr, bexp, vpr, vexp)
                    # a value swap between people, the order of people kept
                    seq = [(base[0][0], base[1][1]), (base[1][0], base[0][1]), base[2]]
                    vexp = {key: seq[idx][1]}
                    if vexp != bexp:
                        r150_pair("p5-%s-%s-vsw" % (key, ot), "p5_ord", sch, bpr, bexp, inst + L(seq) + "\n", vexp)
                else:
                    for (vt, seq) in [("b", base)] + vars_:
                        right = seq[idx][1]
                        wrong = [v for n, v in seq if v != right][0]
                        r150_single("p5-%s-%s-%s" % (key, ot, vt), "p5_ord", sch, inst + L(seq) + "\n", {key: right},
                                    {key: wrong})


r150_main4()
r150_ordinals()


# ---- part 6: part 1's sentences with one-member schemas
def r150_main6():
    for si, sets in ((0, r150_SETS), (1, r150_SINGLE_SETS)):
        p = sets[0]
        names = {"A": p[0], "B": p[1], "C": p[2]}
        for (t, attr, ask, btext, bk, vars_) in r150_T:
            at = (attr, "integer" if attr == "age" else "string")
            X = names[ask]
            for it in ("i4", "i5"):
                inst, sch, mk = r150_p4_inst(it, X, at)
                bpr = inst + r150_fill(btext, p) + "\n"
                bexp, _ = r150_exp(mk, bk, p, attr)
                if si == 0:
                    for (vt, vtext, vk, safe) in vars_:
                        tag = "p6-%s-%s-%s" % (t, it, vt)
                        vpr = inst + r150_fill(vtext, p) + "\n"
                        vexp, nr = r150_exp(mk, vk, p, attr)
                        if safe and vexp == bexp:
                            r150_safe_v(tag, "p6_" + t, sch, bpr, bexp, vpr)
                        else:
                            r150_pair(tag, "p6_" + t, sch, bpr, bexp, vpr, vexp, arg=vt in ("norsp", "drop"))
                    other = {"A": "B", "B": "A", "C": "A"}[ask]
                    vk2 = {"cA": "cB", "cB": "cA", "aA": "aB", "aB": "aA", "jA": "jB", "jB": "jA"}.get(bk)
                    if vk2 and t not in ("both", "exc", "nei"):
                        inst2, sch2, mk2 = r150_p4_inst(it, names[other], at)
                        vpr = inst2 + r150_fill(btext, p) + "\n"
                        if vpr not in r150_seen:
                            vexp, _ = r150_exp(mk2, vk2, p, attr)
                            r150_pair("p6-%s-%s-askother" % (t, it), "p6_" + t + "_askother", sch2, bpr, bexp, vpr, vexp)
                else:
                    for (vt, text, k) in [("b", btext, bk)] + [(a, b, c) for (a, b, c, d) in vars_]:
                        pr = inst + r150_fill(text, p) + "\n"
                        exp, nr = r150_exp(mk, k, p, attr)
                        mis = ([p[4] if attr == "city" else p[7] if attr == "age" else p[10]] if nr
                               else r150_other_vals(k, p)[:1])
                        if not mis:
                            continue
                        r150_single("p6-%s-%s-%s" % (t, it, vt), "p6_" + t, sch, pr, exp, mk(mis[0]),
                                    arg=vt in ("norsp", "drop"))


r150_main6()


# ---- arguable: "respectively" dropped ("A and B live in Oslo and Bergen."): the order may still pair them
def r150_mark_arguable():
    for p in P:
        if p["id"].startswith("d150-") and (p["id"].endswith(("-drop", "-norsp")) or "-drop-" in p["id"]
                                           or "-norsp-" in p["id"]):
            r150_arguable.add(p["id"])
            if "arguable" not in p["family"]:
                p["family"] += "_arguable"


r150_mark_arguable()


# Trimmed for ctest (probe_kit.sample_round): the items the round's tester confirmed alone (arguable ones
# too), one safe variant in 6 and every 40th of the held rest; STEPCACHE_REDTEAM_FULL=1 keeps them all.
from probe_kit import sample_round as r150_sample_round  # noqa: E402
r150_found = {
    'd150-b-p2-job-app-0-i1-sw', 'd150-b-p2-job-app-0-i2-sw', 'd150-b-p2-job-latter-0-i2-lat',
    'd150-b-p2-job-list-0-i1-sw', 'd150-b-p2-job-list-0-i2-sw', 'd150-b-p2-job-rel-0-i2-sw',
    'd150-b-p2-room-pron1-0-i2-she', 'd150-b-p3-age-herhis-0-i2-sw', 'd150-b-p3-city-no-0-i2-sw',
    'd150-b-p3-city-par-0-i2-sw', 'd150-b-p3-city-resp-0-i2-swn', 'd150-b-p3-colour-no-0-i2-sw',
    'd150-b-p3-colour-par-0-i2-sw', 'd150-b-p3-colour-resp-0-i2-swn', 'd150-b-p3-diet-no-0-i2-sw',
    'd150-b-p3-diet-par-0-i2-sw', 'd150-b-p3-diet-resp-0-i2-swn', 'd150-b-p3-instrument-no-0-i2-sw',
    'd150-b-p3-instrument-par-0-i2-sw', 'd150-b-p3-instrument-resp-0-i2-swn', 'd150-b-p3-job-no-0-i2-sw',
    'd150-b-p3-job-par-0-i2-sw', 'd150-b-p3-job-resp-0-i2-swn', 'd150-b-p3-language-no-0-i2-sw',
    'd150-b-p3-language-par-0-i2-sw', 'd150-b-p3-language-resp-0-i2-swn', 'd150-b-p3-pet-no-0-i2-sw',
    'd150-b-p3-pet-par-0-i2-sw', 'd150-b-p3-pet-resp-0-i2-swn', 'd150-b-p3-room-herhis-0-i2-sw',
    'd150-b-p3-sport-no-0-i2-sw', 'd150-b-p3-sport-par-0-i2-sw', 'd150-b-p3-sport-resp-0-i2-swn',
    'd150-b-p3-team-no-0-i2-sw', 'd150-b-p3-team-par-0-i2-sw', 'd150-b-p3-team-resp-0-i2-swn',
    'd150-b-p4-age-p3herhis-i4-sw', 'd150-b-p4-age-p3herhis-i6-sw', 'd150-b-p4-city-p2app-i5-sw',
    'd150-b-p4-city-p2both-i5-only', 'd150-b-p4-city-p2latter-i5-lat', 'd150-b-p4-city-p2list-i5-sw',
    'd150-b-p4-city-p2pron-i5-swpron', 'd150-b-p4-city-p2pron1-i5-she', 'd150-b-p4-city-p2rel-i5-sw',
    'd150-b-p4-city-p2resp-i5-swnames', 'd150-b-p4-city-p3no-i4-sw', 'd150-b-p4-city-p3no-i6-sw',
    'd150-b-p4-city-p3par-i4-sw', 'd150-b-p4-city-p3par-i6-sw', 'd150-b-p4-city-p3resp-i4-swn',
    'd150-b-p4-city-p3resp-i6-swn', 'd150-b-p4-colour-p3no-i4-sw', 'd150-b-p4-colour-p3no-i6-sw',
    'd150-b-p4-colour-p3par-i4-sw', 'd150-b-p4-colour-p3par-i6-sw', 'd150-b-p4-colour-p3resp-i4-swn',
    'd150-b-p4-colour-p3resp-i6-swn', 'd150-b-p4-diet-p3no-i4-sw', 'd150-b-p4-diet-p3no-i6-sw',
    'd150-b-p4-diet-p3par-i4-sw', 'd150-b-p4-diet-p3par-i6-sw', 'd150-b-p4-diet-p3resp-i4-swn',
    'd150-b-p4-diet-p3resp-i6-swn', 'd150-b-p4-instrument-p3no-i4-sw', 'd150-b-p4-instrument-p3no-i6-sw',
    'd150-b-p4-instrument-p3par-i4-sw', 'd150-b-p4-instrument-p3par-i6-sw', 'd150-b-p4-instrument-p3resp-i4-swn',
    'd150-b-p4-instrument-p3resp-i6-swn', 'd150-b-p4-job-p2app-i4-sw', 'd150-b-p4-job-p2app-i6-sw',
    'd150-b-p4-job-p2latter-i4-lat', 'd150-b-p4-job-p2latter-i6-lat', 'd150-b-p4-job-p2list-i4-sw',
    'd150-b-p4-job-p2list-i6-sw', 'd150-b-p4-job-p2rel-i4-sw', 'd150-b-p4-job-p2rel-i6-sw',
    'd150-b-p4-job-p2resp-i4-swnames', 'd150-b-p4-job-p2resp-i6-swnames', 'd150-b-p4-job-p3no-i4-sw',
    'd150-b-p4-job-p3no-i6-sw', 'd150-b-p4-job-p3par-i4-sw', 'd150-b-p4-job-p3par-i6-sw',
    'd150-b-p4-job-p3resp-i4-swn', 'd150-b-p4-job-p3resp-i6-swn', 'd150-b-p4-language-p3no-i4-sw',
    'd150-b-p4-language-p3no-i6-sw', 'd150-b-p4-language-p3par-i4-sw', 'd150-b-p4-language-p3par-i6-sw',
    'd150-b-p4-language-p3resp-i4-swn', 'd150-b-p4-language-p3resp-i6-swn', 'd150-b-p4-pet-p3no-i4-sw',
    'd150-b-p4-pet-p3no-i6-sw', 'd150-b-p4-pet-p3par-i4-sw', 'd150-b-p4-pet-p3par-i6-sw',
    'd150-b-p4-pet-p3resp-i4-swn', 'd150-b-p4-pet-p3resp-i6-swn', 'd150-b-p4-room-p2pron1-i4-she',
    'd150-b-p4-room-p2pron1-i6-she', 'd150-b-p4-room-p3herhis-i4-sw', 'd150-b-p4-room-p3herhis-i6-sw',
    'd150-b-p4-sport-p3no-i4-sw', 'd150-b-p4-sport-p3no-i6-sw', 'd150-b-p4-sport-p3par-i4-sw',
    'd150-b-p4-sport-p3par-i6-sw', 'd150-b-p4-sport-p3resp-i4-swn', 'd150-b-p4-sport-p3resp-i6-swn',
    'd150-b-p4-team-p2app-i4-sw', 'd150-b-p4-team-p2app-i5-sw', 'd150-b-p4-team-p2app-i6-sw',
    'd150-b-p4-team-p2latter-i4-lat', 'd150-b-p4-team-p2latter-i6-lat', 'd150-b-p4-team-p2list-i5-sw',
    'd150-b-p4-team-p2pron-i5-swpron', 'd150-b-p4-team-p2rel-i4-sw', 'd150-b-p4-team-p2rel-i5-sw',
    'd150-b-p4-team-p2rel-i6-sw', 'd150-b-p4-team-p2resp-i4-swnames', 'd150-b-p4-team-p2resp-i5-swnames',
    'd150-b-p4-team-p2resp-i6-swnames', 'd150-b-p4-team-p3no-i4-sw', 'd150-b-p4-team-p3no-i6-sw',
    'd150-b-p4-team-p3par-i4-sw', 'd150-b-p4-team-p3par-i6-sw', 'd150-b-p4-team-p3resp-i4-swn',
    'd150-b-p4-team-p3resp-i6-swn', 'd150-b-p6-de-i5-swnames', 'd150-b-p6-dell-i5-sw', 'd150-b-p6-es-i5-swnames',
    'd150-b-p6-fr-i5-swnames', 'd150-b-p6-frfl-i5-sw', 'd150-b-p6-no-i5-swnames', 'd150-b-p6-nopron-i5-swpron',
    'd150-b-p6-other-i5-sw', 'd150-b-p6-pron-i5-swpron', 'd150-b-p6-pron1-i5-she', 'd150-b-p6-rel-i4-sw',
    'd150-b-p6-rel-i5-sw', 'd150-b-p6-resp3-i5-rot', 'd150-b-p6-revo-i5-sw', 'd150-b-pron1-0-i3-she',
    'd150-b-pron1-2-i3-she', 'd150-b-rel-0-i1-sw', 'd150-b-rel-2-i1-sw', 'd150-b-respjob-0-i1-swnames',
    'd150-b-respjob-2-i1-swnames', 'd150-s-p2-job-app-0-i1-b-m0', 'd150-s-p2-job-app-0-i2-b-m0',
    'd150-s-p2-job-app-0-i2-sw-m0', 'd150-s-p2-job-app-1-i1-b-m0', 'd150-s-p2-job-app-1-i2-b-m0',
    'd150-s-p2-job-app-1-i2-sw-m0', 'd150-s-p2-job-latter-0-i1-b-m0', 'd150-s-p2-job-latter-0-i1-swap-m0',
    'd150-s-p2-job-latter-0-i2-b-m0', 'd150-s-p2-job-latter-0-i2-para-m0', 'd150-s-p2-job-latter-0-i2-swap-m0',
    'd150-s-p2-job-latter-1-i1-b-m0', 'd150-s-p2-job-latter-1-i1-swap-m0', 'd150-s-p2-job-latter-1-i2-b-m0',
    'd150-s-p2-job-latter-1-i2-para-m0', 'd150-s-p2-job-latter-1-i2-swap-m0', 'd150-s-p2-job-list-0-i1-b-m0',
    'd150-s-p2-job-list-0-i1-b-m1', 'd150-s-p2-job-list-0-i1-ord-m0', 'd150-s-p2-job-list-0-i1-ord-m1',
    'd150-s-p2-job-list-0-i1-sw-m0', 'd150-s-p2-job-list-0-i1-sw-m1', 'd150-s-p2-job-list-0-i1-sw2-m0',
    'd150-s-p2-job-list-0-i1-sw2-m1', 'd150-s-p2-job-list-0-i2-b-m0', 'd150-s-p2-job-list-0-i2-b-m1',
    'd150-s-p2-job-list-0-i2-ord-m0', 'd150-s-p2-job-list-0-i2-ord-m1', 'd150-s-p2-job-list-0-i2-sw-m0',
    'd150-s-p2-job-list-0-i2-sw-m1', 'd150-s-p2-job-list-0-i2-sw2-m0', 'd150-s-p2-job-list-0-i2-sw2-m1',
    'd150-s-p2-job-list-1-i1-b-m0', 'd150-s-p2-job-list-1-i1-b-m1', 'd150-s-p2-job-list-1-i1-ord-m0',
    'd150-s-p2-job-list-1-i1-ord-m1', 'd150-s-p2-job-list-1-i1-sw-m0', 'd150-s-p2-job-list-1-i1-sw-m1',
    'd150-s-p2-job-list-1-i1-sw2-m0', 'd150-s-p2-job-list-1-i1-sw2-m1', 'd150-s-p2-job-list-1-i2-b-m0',
    'd150-s-p2-job-list-1-i2-b-m1', 'd150-s-p2-job-list-1-i2-ord-m0', 'd150-s-p2-job-list-1-i2-ord-m1',
    'd150-s-p2-job-list-1-i2-sw-m0', 'd150-s-p2-job-list-1-i2-sw-m1', 'd150-s-p2-job-list-1-i2-sw2-m0',
    'd150-s-p2-job-list-1-i2-sw2-m1', 'd150-s-p2-job-rel-0-i1-b-m0', 'd150-s-p2-job-rel-0-i1-swn-m0',
    'd150-s-p2-job-rel-0-i2-b-m0', 'd150-s-p2-job-rel-0-i2-para-m0', 'd150-s-p2-job-rel-0-i2-sw-m0',
    'd150-s-p2-job-rel-0-i2-swn-m0', 'd150-s-p2-job-rel-1-i1-b-m0', 'd150-s-p2-job-rel-1-i1-swn-m0',
    'd150-s-p2-job-rel-1-i2-b-m0', 'd150-s-p2-job-rel-1-i2-para-m0', 'd150-s-p2-job-rel-1-i2-sw-m0',
    'd150-s-p2-job-rel-1-i2-swn-m0', 'd150-s-p2-job-resp-0-i1-resp3-m0', 'd150-s-p2-job-resp-0-i1-resp3-m1',
    'd150-s-p2-job-resp-0-i1-resp3sw-m0', 'd150-s-p2-job-resp-0-i1-resp3sw-m1', 'd150-s-p2-job-resp-0-i2-b-m0',
    'd150-s-p2-job-resp-0-i2-drop-m0', 'd150-s-p2-job-resp-0-i2-drop-m1', 'd150-s-p2-job-resp-0-i2-resp3-m0',
    'd150-s-p2-job-resp-0-i2-resp3-m1', 'd150-s-p2-job-resp-0-i2-resp3sw-m0', 'd150-s-p2-job-resp-0-i2-resp3sw-m1',
    'd150-s-p2-job-resp-0-i2-swboth-m0', 'd150-s-p2-job-resp-0-i2-swnames-m0', 'd150-s-p2-job-resp-0-i2-swvals-m0',
    'd150-s-p2-job-resp-1-i1-resp3-m0', 'd150-s-p2-job-resp-1-i1-resp3-m1', 'd150-s-p2-job-resp-1-i1-resp3sw-m0',
    'd150-s-p2-job-resp-1-i1-resp3sw-m1', 'd150-s-p2-job-resp-1-i2-b-m0', 'd150-s-p2-job-resp-1-i2-drop-m0',
    'd150-s-p2-job-resp-1-i2-drop-m1', 'd150-s-p2-job-resp-1-i2-resp3-m0', 'd150-s-p2-job-resp-1-i2-resp3-m1',
    'd150-s-p2-job-resp-1-i2-resp3sw-m0', 'd150-s-p2-job-resp-1-i2-resp3sw-m1', 'd150-s-p2-job-resp-1-i2-swboth-m0',
    'd150-s-p2-job-resp-1-i2-swnames-m0', 'd150-s-p2-job-resp-1-i2-swvals-m0', 'd150-s-p3-age-herhis-0-i2-her1-m0',
    'd150-s-p3-age-herhis-1-i2-her1-m0', 'd150-s-p3-city-no-0-i2-b-m0', 'd150-s-p3-city-no-0-i2-sw-m0',
    'd150-s-p3-city-no-1-i2-b-m0', 'd150-s-p3-city-no-1-i2-sw-m0', 'd150-s-p3-city-par-0-i2-b-m0',
    'd150-s-p3-city-par-0-i2-para-m0', 'd150-s-p3-city-par-0-i2-sw-m0', 'd150-s-p3-city-par-0-i2-swn-m0',
    'd150-s-p3-city-par-1-i2-b-m0', 'd150-s-p3-city-par-1-i2-para-m0', 'd150-s-p3-city-par-1-i2-sw-m0',
    'd150-s-p3-city-par-1-i2-swn-m0', 'd150-s-p3-city-resp-0-i2-b-m0', 'd150-s-p3-city-resp-0-i2-drop-m0',
    'd150-s-p3-city-resp-0-i2-drop-m1', 'd150-s-p3-city-resp-0-i2-para-m0', 'd150-s-p3-city-resp-0-i2-swn-m0',
    'd150-s-p3-city-resp-0-i2-swv-m0', 'd150-s-p3-city-resp-1-i2-b-m0', 'd150-s-p3-city-resp-1-i2-drop-m0',
    'd150-s-p3-city-resp-1-i2-drop-m1', 'd150-s-p3-city-resp-1-i2-para-m0', 'd150-s-p3-city-resp-1-i2-swn-m0',
    'd150-s-p3-city-resp-1-i2-swv-m0', 'd150-s-p3-colour-no-0-i2-b-m0', 'd150-s-p3-colour-no-0-i2-sw-m0',
    'd150-s-p3-colour-no-1-i2-b-m0', 'd150-s-p3-colour-no-1-i2-sw-m0', 'd150-s-p3-colour-par-0-i2-b-m0',
    'd150-s-p3-colour-par-0-i2-para-m0', 'd150-s-p3-colour-par-0-i2-sw-m0', 'd150-s-p3-colour-par-0-i2-swn-m0',
    'd150-s-p3-colour-par-1-i2-b-m0', 'd150-s-p3-colour-par-1-i2-para-m0', 'd150-s-p3-colour-par-1-i2-sw-m0',
    'd150-s-p3-colour-par-1-i2-swn-m0', 'd150-s-p3-colour-resp-0-i2-b-m0', 'd150-s-p3-colour-resp-0-i2-drop-m0',
    'd150-s-p3-colour-resp-0-i2-drop-m1', 'd150-s-p3-colour-resp-0-i2-para-m0', 'd150-s-p3-colour-resp-0-i2-swn-m0',
    'd150-s-p3-colour-resp-0-i2-swv-m0', 'd150-s-p3-colour-resp-1-i2-b-m0', 'd150-s-p3-colour-resp-1-i2-drop-m0',
    'd150-s-p3-colour-resp-1-i2-drop-m1', 'd150-s-p3-colour-resp-1-i2-para-m0', 'd150-s-p3-colour-resp-1-i2-swn-m0',
    'd150-s-p3-colour-resp-1-i2-swv-m0', 'd150-s-p3-diet-no-0-i2-b-m0', 'd150-s-p3-diet-no-0-i2-sw-m0',
    'd150-s-p3-diet-no-1-i2-b-m0', 'd150-s-p3-diet-no-1-i2-sw-m0', 'd150-s-p3-diet-par-0-i2-b-m0',
    'd150-s-p3-diet-par-0-i2-para-m0', 'd150-s-p3-diet-par-0-i2-sw-m0', 'd150-s-p3-diet-par-0-i2-swn-m0',
    'd150-s-p3-diet-par-1-i2-b-m0', 'd150-s-p3-diet-par-1-i2-para-m0', 'd150-s-p3-diet-par-1-i2-sw-m0',
    'd150-s-p3-diet-par-1-i2-swn-m0', 'd150-s-p3-diet-resp-0-i2-b-m0', 'd150-s-p3-diet-resp-0-i2-drop-m0',
    'd150-s-p3-diet-resp-0-i2-drop-m1', 'd150-s-p3-diet-resp-0-i2-para-m0', 'd150-s-p3-diet-resp-0-i2-swn-m0',
    'd150-s-p3-diet-resp-0-i2-swv-m0', 'd150-s-p3-diet-resp-1-i2-b-m0', 'd150-s-p3-diet-resp-1-i2-drop-m0',
    'd150-s-p3-diet-resp-1-i2-drop-m1', 'd150-s-p3-diet-resp-1-i2-para-m0', 'd150-s-p3-diet-resp-1-i2-swn-m0',
    'd150-s-p3-diet-resp-1-i2-swv-m0', 'd150-s-p3-instrument-no-0-i2-b-m0', 'd150-s-p3-instrument-no-0-i2-sw-m0',
    'd150-s-p3-instrument-no-1-i2-b-m0', 'd150-s-p3-instrument-no-1-i2-sw-m0', 'd150-s-p3-instrument-par-0-i2-b-m0',
    'd150-s-p3-instrument-par-0-i2-para-m0', 'd150-s-p3-instrument-par-0-i2-sw-m0',
    'd150-s-p3-instrument-par-0-i2-swn-m0', 'd150-s-p3-instrument-par-1-i2-b-m0',
    'd150-s-p3-instrument-par-1-i2-para-m0', 'd150-s-p3-instrument-par-1-i2-sw-m0',
    'd150-s-p3-instrument-par-1-i2-swn-m0', 'd150-s-p3-instrument-resp-0-i2-b-m0',
    'd150-s-p3-instrument-resp-0-i2-drop-m0', 'd150-s-p3-instrument-resp-0-i2-drop-m1',
    'd150-s-p3-instrument-resp-0-i2-para-m0', 'd150-s-p3-instrument-resp-0-i2-swn-m0',
    'd150-s-p3-instrument-resp-0-i2-swv-m0', 'd150-s-p3-instrument-resp-1-i2-b-m0',
    'd150-s-p3-instrument-resp-1-i2-drop-m0', 'd150-s-p3-instrument-resp-1-i2-drop-m1',
    'd150-s-p3-instrument-resp-1-i2-para-m0', 'd150-s-p3-instrument-resp-1-i2-swn-m0',
    'd150-s-p3-instrument-resp-1-i2-swv-m0', 'd150-s-p3-job-no-0-i2-b-m0', 'd150-s-p3-job-no-0-i2-sw-m0',
    'd150-s-p3-job-no-1-i2-b-m0', 'd150-s-p3-job-no-1-i2-sw-m0', 'd150-s-p3-job-par-0-i2-b-m0',
    'd150-s-p3-job-par-0-i2-para-m0', 'd150-s-p3-job-par-0-i2-sw-m0', 'd150-s-p3-job-par-0-i2-swn-m0',
    'd150-s-p3-job-par-1-i2-b-m0', 'd150-s-p3-job-par-1-i2-para-m0', 'd150-s-p3-job-par-1-i2-sw-m0',
    'd150-s-p3-job-par-1-i2-swn-m0', 'd150-s-p3-job-resp-0-i2-b-m0', 'd150-s-p3-job-resp-0-i2-drop-m0',
    'd150-s-p3-job-resp-0-i2-drop-m1', 'd150-s-p3-job-resp-0-i2-para-m0', 'd150-s-p3-job-resp-0-i2-swn-m0',
    'd150-s-p3-job-resp-0-i2-swv-m0', 'd150-s-p3-job-resp-1-i2-b-m0', 'd150-s-p3-job-resp-1-i2-drop-m0',
    'd150-s-p3-job-resp-1-i2-drop-m1', 'd150-s-p3-job-resp-1-i2-para-m0', 'd150-s-p3-job-resp-1-i2-swn-m0',
    'd150-s-p3-job-resp-1-i2-swv-m0', 'd150-s-p3-language-no-0-i2-b-m0', 'd150-s-p3-language-no-0-i2-sw-m0',
    'd150-s-p3-language-no-1-i2-b-m0', 'd150-s-p3-language-no-1-i2-sw-m0', 'd150-s-p3-language-par-0-i2-b-m0',
    'd150-s-p3-language-par-0-i2-para-m0', 'd150-s-p3-language-par-0-i2-sw-m0', 'd150-s-p3-language-par-0-i2-swn-m0',
    'd150-s-p3-language-par-1-i2-b-m0', 'd150-s-p3-language-par-1-i2-para-m0', 'd150-s-p3-language-par-1-i2-sw-m0',
    'd150-s-p3-language-par-1-i2-swn-m0', 'd150-s-p3-language-resp-0-i2-b-m0', 'd150-s-p3-language-resp-0-i2-drop-m0',
    'd150-s-p3-language-resp-0-i2-drop-m1', 'd150-s-p3-language-resp-0-i2-para-m0',
    'd150-s-p3-language-resp-0-i2-swn-m0', 'd150-s-p3-language-resp-0-i2-swv-m0', 'd150-s-p3-language-resp-1-i2-b-m0',
    'd150-s-p3-language-resp-1-i2-drop-m0', 'd150-s-p3-language-resp-1-i2-drop-m1',
    'd150-s-p3-language-resp-1-i2-para-m0', 'd150-s-p3-language-resp-1-i2-swn-m0',
    'd150-s-p3-language-resp-1-i2-swv-m0', 'd150-s-p3-pet-no-0-i2-b-m0', 'd150-s-p3-pet-no-0-i2-sw-m0',
    'd150-s-p3-pet-no-1-i2-b-m0', 'd150-s-p3-pet-no-1-i2-sw-m0', 'd150-s-p3-pet-par-0-i2-b-m0',
    'd150-s-p3-pet-par-0-i2-para-m0', 'd150-s-p3-pet-par-0-i2-sw-m0', 'd150-s-p3-pet-par-0-i2-swn-m0',
    'd150-s-p3-pet-par-1-i2-b-m0', 'd150-s-p3-pet-par-1-i2-para-m0', 'd150-s-p3-pet-par-1-i2-sw-m0',
    'd150-s-p3-pet-par-1-i2-swn-m0', 'd150-s-p3-pet-resp-0-i2-b-m0', 'd150-s-p3-pet-resp-0-i2-drop-m0',
    'd150-s-p3-pet-resp-0-i2-drop-m1', 'd150-s-p3-pet-resp-0-i2-para-m0', 'd150-s-p3-pet-resp-0-i2-swn-m0',
    'd150-s-p3-pet-resp-0-i2-swv-m0', 'd150-s-p3-pet-resp-1-i2-b-m0', 'd150-s-p3-pet-resp-1-i2-drop-m0',
    'd150-s-p3-pet-resp-1-i2-drop-m1', 'd150-s-p3-pet-resp-1-i2-para-m0', 'd150-s-p3-pet-resp-1-i2-swn-m0',
    'd150-s-p3-pet-resp-1-i2-swv-m0', 'd150-s-p3-room-herhis-0-i2-her1-m0', 'd150-s-p3-room-herhis-1-i2-her1-m0',
    'd150-s-p3-sport-no-0-i2-b-m0', 'd150-s-p3-sport-no-0-i2-sw-m0', 'd150-s-p3-sport-no-1-i2-b-m0',
    'd150-s-p3-sport-no-1-i2-sw-m0', 'd150-s-p3-sport-par-0-i2-b-m0', 'd150-s-p3-sport-par-0-i2-para-m0',
    'd150-s-p3-sport-par-0-i2-sw-m0', 'd150-s-p3-sport-par-0-i2-swn-m0', 'd150-s-p3-sport-par-1-i2-b-m0',
    'd150-s-p3-sport-par-1-i2-para-m0', 'd150-s-p3-sport-par-1-i2-sw-m0', 'd150-s-p3-sport-par-1-i2-swn-m0',
    'd150-s-p3-sport-resp-0-i2-b-m0', 'd150-s-p3-sport-resp-0-i2-drop-m0', 'd150-s-p3-sport-resp-0-i2-drop-m1',
    'd150-s-p3-sport-resp-0-i2-para-m0', 'd150-s-p3-sport-resp-0-i2-swn-m0', 'd150-s-p3-sport-resp-0-i2-swv-m0',
    'd150-s-p3-sport-resp-1-i2-b-m0', 'd150-s-p3-sport-resp-1-i2-drop-m0', 'd150-s-p3-sport-resp-1-i2-drop-m1',
    'd150-s-p3-sport-resp-1-i2-para-m0', 'd150-s-p3-sport-resp-1-i2-swn-m0', 'd150-s-p3-sport-resp-1-i2-swv-m0',
    'd150-s-p3-team-no-1-i2-b-m0', 'd150-s-p3-team-no-1-i2-sw-m0', 'd150-s-p3-team-par-1-i2-b-m0',
    'd150-s-p3-team-par-1-i2-para-m0', 'd150-s-p3-team-par-1-i2-sw-m0', 'd150-s-p3-team-par-1-i2-swn-m0',
    'd150-s-p3-team-resp-1-i2-b-m0', 'd150-s-p3-team-resp-1-i2-drop-m0', 'd150-s-p3-team-resp-1-i2-drop-m1',
    'd150-s-p3-team-resp-1-i2-para-m0', 'd150-s-p3-team-resp-1-i2-swn-m0', 'd150-s-p3-team-resp-1-i2-swv-m0',
    'd150-s-p4-age-p3herhis-i4-her1', 'd150-s-p4-age-p3herhis-i6-her1', 'd150-s-p4-city-p2both-i5-only',
    'd150-s-p4-city-p2latter-i5-para', 'd150-s-p4-city-p2latter-i5-swap', 'd150-s-p4-city-p2list-i5-b',
    'd150-s-p4-city-p2list-i5-ord', 'd150-s-p4-city-p2list-i5-sw', 'd150-s-p4-city-p2list-i5-sw2',
    'd150-s-p4-city-p2pron-i5-b', 'd150-s-p4-city-p2pron-i5-para', 'd150-s-p4-city-p2pron-i5-swpron',
    'd150-s-p4-city-p2pron-i5-swvals', 'd150-s-p4-city-p2pron1-i5-she', 'd150-s-p4-city-p2pron1-i5-the',
    'd150-s-p4-city-p2rel-i5-b', 'd150-s-p4-city-p2rel-i5-para', 'd150-s-p4-city-p2rel-i5-sw',
    'd150-s-p4-city-p2rel-i5-swn', 'd150-s-p4-city-p2resp-i5-b', 'd150-s-p4-city-p2resp-i5-drop',
    'd150-s-p4-city-p2resp-i5-resp3', 'd150-s-p4-city-p2resp-i5-resp3sw', 'd150-s-p4-city-p2resp-i5-swboth',
    'd150-s-p4-city-p2resp-i5-swnames', 'd150-s-p4-city-p2resp-i5-swvals', 'd150-s-p4-city-p3no-i4-b',
    'd150-s-p4-city-p3no-i4-sw', 'd150-s-p4-city-p3no-i6-b', 'd150-s-p4-city-p3no-i6-sw', 'd150-s-p4-city-p3par-i4-b',
    'd150-s-p4-city-p3par-i4-para', 'd150-s-p4-city-p3par-i4-sw', 'd150-s-p4-city-p3par-i4-swn',
    'd150-s-p4-city-p3par-i6-b', 'd150-s-p4-city-p3par-i6-para', 'd150-s-p4-city-p3par-i6-sw',
    'd150-s-p4-city-p3par-i6-swn', 'd150-s-p4-city-p3resp-i4-b', 'd150-s-p4-city-p3resp-i4-drop',
    'd150-s-p4-city-p3resp-i4-para', 'd150-s-p4-city-p3resp-i4-swn', 'd150-s-p4-city-p3resp-i4-swv',
    'd150-s-p4-city-p3resp-i6-b', 'd150-s-p4-city-p3resp-i6-drop', 'd150-s-p4-city-p3resp-i6-para',
    'd150-s-p4-city-p3resp-i6-swn', 'd150-s-p4-city-p3resp-i6-swv', 'd150-s-p4-colour-p3no-i4-b',
    'd150-s-p4-colour-p3no-i4-sw', 'd150-s-p4-colour-p3no-i6-b', 'd150-s-p4-colour-p3no-i6-sw',
    'd150-s-p4-colour-p3par-i4-b', 'd150-s-p4-colour-p3par-i4-para', 'd150-s-p4-colour-p3par-i4-sw',
    'd150-s-p4-colour-p3par-i4-swn', 'd150-s-p4-colour-p3par-i6-b', 'd150-s-p4-colour-p3par-i6-para',
    'd150-s-p4-colour-p3par-i6-sw', 'd150-s-p4-colour-p3par-i6-swn', 'd150-s-p4-colour-p3resp-i4-b',
    'd150-s-p4-colour-p3resp-i4-drop', 'd150-s-p4-colour-p3resp-i4-para', 'd150-s-p4-colour-p3resp-i4-swn',
    'd150-s-p4-colour-p3resp-i4-swv', 'd150-s-p4-colour-p3resp-i6-b', 'd150-s-p4-colour-p3resp-i6-drop',
    'd150-s-p4-colour-p3resp-i6-para', 'd150-s-p4-colour-p3resp-i6-swn', 'd150-s-p4-colour-p3resp-i6-swv',
    'd150-s-p4-diet-p3no-i4-b', 'd150-s-p4-diet-p3no-i4-sw', 'd150-s-p4-diet-p3no-i6-b', 'd150-s-p4-diet-p3no-i6-sw',
    'd150-s-p4-diet-p3par-i4-b', 'd150-s-p4-diet-p3par-i4-para', 'd150-s-p4-diet-p3par-i4-sw',
    'd150-s-p4-diet-p3par-i4-swn', 'd150-s-p4-diet-p3par-i6-b', 'd150-s-p4-diet-p3par-i6-para',
    'd150-s-p4-diet-p3par-i6-sw', 'd150-s-p4-diet-p3par-i6-swn', 'd150-s-p4-diet-p3resp-i4-b',
    'd150-s-p4-diet-p3resp-i4-drop', 'd150-s-p4-diet-p3resp-i4-para', 'd150-s-p4-diet-p3resp-i4-swn',
    'd150-s-p4-diet-p3resp-i4-swv', 'd150-s-p4-diet-p3resp-i6-b', 'd150-s-p4-diet-p3resp-i6-drop',
    'd150-s-p4-diet-p3resp-i6-para', 'd150-s-p4-diet-p3resp-i6-swn', 'd150-s-p4-diet-p3resp-i6-swv',
    'd150-s-p4-instrument-p3no-i4-b', 'd150-s-p4-instrument-p3no-i4-sw', 'd150-s-p4-instrument-p3no-i6-b',
    'd150-s-p4-instrument-p3no-i6-sw', 'd150-s-p4-instrument-p3par-i4-b', 'd150-s-p4-instrument-p3par-i4-para',
    'd150-s-p4-instrument-p3par-i4-sw', 'd150-s-p4-instrument-p3par-i4-swn', 'd150-s-p4-instrument-p3par-i6-b',
    'd150-s-p4-instrument-p3par-i6-para', 'd150-s-p4-instrument-p3par-i6-sw', 'd150-s-p4-instrument-p3par-i6-swn',
    'd150-s-p4-instrument-p3resp-i4-b', 'd150-s-p4-instrument-p3resp-i4-drop', 'd150-s-p4-instrument-p3resp-i4-para',
    'd150-s-p4-instrument-p3resp-i4-swn', 'd150-s-p4-instrument-p3resp-i4-swv', 'd150-s-p4-instrument-p3resp-i6-b',
    'd150-s-p4-instrument-p3resp-i6-drop', 'd150-s-p4-instrument-p3resp-i6-para',
    'd150-s-p4-instrument-p3resp-i6-swn', 'd150-s-p4-instrument-p3resp-i6-swv', 'd150-s-p4-job-p2app-i4-b',
    'd150-s-p4-job-p2app-i4-sw', 'd150-s-p4-job-p2app-i6-b', 'd150-s-p4-job-p2app-i6-sw',
    'd150-s-p4-job-p2latter-i4-b', 'd150-s-p4-job-p2latter-i4-para', 'd150-s-p4-job-p2latter-i4-swap',
    'd150-s-p4-job-p2latter-i6-b', 'd150-s-p4-job-p2latter-i6-para', 'd150-s-p4-job-p2latter-i6-swap',
    'd150-s-p4-job-p2list-i4-b', 'd150-s-p4-job-p2list-i4-ord', 'd150-s-p4-job-p2list-i4-sw',
    'd150-s-p4-job-p2list-i4-sw2', 'd150-s-p4-job-p2list-i6-b', 'd150-s-p4-job-p2list-i6-ord',
    'd150-s-p4-job-p2list-i6-sw', 'd150-s-p4-job-p2list-i6-sw2', 'd150-s-p4-job-p2rel-i4-b',
    'd150-s-p4-job-p2rel-i4-para', 'd150-s-p4-job-p2rel-i4-sw', 'd150-s-p4-job-p2rel-i4-swn',
    'd150-s-p4-job-p2rel-i6-b', 'd150-s-p4-job-p2rel-i6-para', 'd150-s-p4-job-p2rel-i6-sw',
    'd150-s-p4-job-p2rel-i6-swn', 'd150-s-p4-job-p2resp-i4-b', 'd150-s-p4-job-p2resp-i4-drop',
    'd150-s-p4-job-p2resp-i4-resp3', 'd150-s-p4-job-p2resp-i4-swboth', 'd150-s-p4-job-p2resp-i4-swnames',
    'd150-s-p4-job-p2resp-i4-swvals', 'd150-s-p4-job-p2resp-i6-b', 'd150-s-p4-job-p2resp-i6-drop',
    'd150-s-p4-job-p2resp-i6-resp3', 'd150-s-p4-job-p2resp-i6-swboth', 'd150-s-p4-job-p2resp-i6-swnames',
    'd150-s-p4-job-p2resp-i6-swvals', 'd150-s-p4-job-p3no-i4-b', 'd150-s-p4-job-p3no-i4-sw',
    'd150-s-p4-job-p3no-i6-b', 'd150-s-p4-job-p3no-i6-sw', 'd150-s-p4-job-p3par-i4-b', 'd150-s-p4-job-p3par-i4-para',
    'd150-s-p4-job-p3par-i4-sw', 'd150-s-p4-job-p3par-i4-swn', 'd150-s-p4-job-p3par-i6-b',
    'd150-s-p4-job-p3par-i6-para', 'd150-s-p4-job-p3par-i6-sw', 'd150-s-p4-job-p3par-i6-swn',
    'd150-s-p4-job-p3resp-i4-b', 'd150-s-p4-job-p3resp-i4-drop', 'd150-s-p4-job-p3resp-i4-para',
    'd150-s-p4-job-p3resp-i4-swn', 'd150-s-p4-job-p3resp-i4-swv', 'd150-s-p4-job-p3resp-i6-b',
    'd150-s-p4-job-p3resp-i6-drop', 'd150-s-p4-job-p3resp-i6-para', 'd150-s-p4-job-p3resp-i6-swn',
    'd150-s-p4-job-p3resp-i6-swv', 'd150-s-p4-language-p3no-i4-b', 'd150-s-p4-language-p3no-i4-sw',
    'd150-s-p4-language-p3no-i6-b', 'd150-s-p4-language-p3no-i6-sw', 'd150-s-p4-language-p3par-i4-b',
    'd150-s-p4-language-p3par-i4-para', 'd150-s-p4-language-p3par-i4-sw', 'd150-s-p4-language-p3par-i4-swn',
    'd150-s-p4-language-p3par-i6-b', 'd150-s-p4-language-p3par-i6-para', 'd150-s-p4-language-p3par-i6-sw',
    'd150-s-p4-language-p3par-i6-swn', 'd150-s-p4-language-p3resp-i4-b', 'd150-s-p4-language-p3resp-i4-drop',
    'd150-s-p4-language-p3resp-i4-para', 'd150-s-p4-language-p3resp-i4-swn', 'd150-s-p4-language-p3resp-i4-swv',
    'd150-s-p4-language-p3resp-i6-b', 'd150-s-p4-language-p3resp-i6-drop', 'd150-s-p4-language-p3resp-i6-para',
    'd150-s-p4-language-p3resp-i6-swn', 'd150-s-p4-language-p3resp-i6-swv', 'd150-s-p4-pet-p3no-i4-b',
    'd150-s-p4-pet-p3no-i4-sw', 'd150-s-p4-pet-p3no-i6-b', 'd150-s-p4-pet-p3no-i6-sw', 'd150-s-p4-pet-p3par-i4-b',
    'd150-s-p4-pet-p3par-i4-para', 'd150-s-p4-pet-p3par-i4-sw', 'd150-s-p4-pet-p3par-i4-swn',
    'd150-s-p4-pet-p3par-i6-b', 'd150-s-p4-pet-p3par-i6-para', 'd150-s-p4-pet-p3par-i6-sw',
    'd150-s-p4-pet-p3par-i6-swn', 'd150-s-p4-pet-p3resp-i4-b', 'd150-s-p4-pet-p3resp-i4-drop',
    'd150-s-p4-pet-p3resp-i4-para', 'd150-s-p4-pet-p3resp-i4-swn', 'd150-s-p4-pet-p3resp-i4-swv',
    'd150-s-p4-pet-p3resp-i6-b', 'd150-s-p4-pet-p3resp-i6-drop', 'd150-s-p4-pet-p3resp-i6-para',
    'd150-s-p4-pet-p3resp-i6-swn', 'd150-s-p4-pet-p3resp-i6-swv', 'd150-s-p4-room-p3herhis-i4-her1',
    'd150-s-p4-room-p3herhis-i6-her1', 'd150-s-p4-sport-p3no-i4-b', 'd150-s-p4-sport-p3no-i4-sw',
    'd150-s-p4-sport-p3no-i6-b', 'd150-s-p4-sport-p3no-i6-sw', 'd150-s-p4-sport-p3par-i4-b',
    'd150-s-p4-sport-p3par-i4-para', 'd150-s-p4-sport-p3par-i4-sw', 'd150-s-p4-sport-p3par-i4-swn',
    'd150-s-p4-sport-p3par-i6-b', 'd150-s-p4-sport-p3par-i6-para', 'd150-s-p4-sport-p3par-i6-sw',
    'd150-s-p4-sport-p3par-i6-swn', 'd150-s-p4-sport-p3resp-i4-b', 'd150-s-p4-sport-p3resp-i4-drop',
    'd150-s-p4-sport-p3resp-i4-para', 'd150-s-p4-sport-p3resp-i4-swn', 'd150-s-p4-sport-p3resp-i4-swv',
    'd150-s-p4-sport-p3resp-i6-b', 'd150-s-p4-sport-p3resp-i6-drop', 'd150-s-p4-sport-p3resp-i6-para',
    'd150-s-p4-sport-p3resp-i6-swn', 'd150-s-p4-sport-p3resp-i6-swv', 'd150-s-p4-team-p2pron1-i5-she',
    'd150-s-p4-team-p2pron1-i5-the', 'd150-s-p6-both-i5-neither', 'd150-s-p6-de-i5-b', 'd150-s-p6-de-i5-jew',
    'd150-s-p6-de-i5-swnames', 'd150-s-p6-de-i5-swvals', 'd150-s-p6-dell-i5-b', 'd150-s-p6-dell-i5-sw',
    'd150-s-p6-es-i5-b', 'd150-s-p6-es-i5-swnames', 'd150-s-p6-es-i5-swvals', 'd150-s-p6-fr-i5-b',
    'd150-s-p6-fr-i5-cdc', 'd150-s-p6-fr-i5-swnames', 'd150-s-p6-fr-i5-swvals', 'd150-s-p6-frfl-i5-b',
    'd150-s-p6-frfl-i5-sw', 'd150-s-p6-it-i5-b', 'd150-s-p6-it-i5-swnames', 'd150-s-p6-latter-i5-para',
    'd150-s-p6-latter-i5-para2', 'd150-s-p6-list-i5-from', 'd150-s-p6-no-i5-b', 'd150-s-p6-no-i5-para',
    'd150-s-p6-no-i5-swnames', 'd150-s-p6-no-i5-swvals', 'd150-s-p6-nopron-i5-b', 'd150-s-p6-nopron-i5-swpron',
    'd150-s-p6-other-i5-sw', 'd150-s-p6-pass-i5-para', 'd150-s-p6-pron-i5-b', 'd150-s-p6-pron-i5-para',
    'd150-s-p6-pron-i5-swpron', 'd150-s-p6-pron-i5-swvals', 'd150-s-p6-pron1-i5-she', 'd150-s-p6-rel-i4-b',
    'd150-s-p6-rel-i4-sw', 'd150-s-p6-rel-i4-sw2', 'd150-s-p6-rel-i5-b', 'd150-s-p6-rel-i5-sw',
    'd150-s-p6-rel-i5-sw2', 'd150-s-p6-resp-i5-para', 'd150-s-p6-resp-i5-ws', 'd150-s-p6-resp3-i5-b',
    'd150-s-p6-resp3-i5-rot', 'd150-s-p6-resp3-i5-swvals', 'd150-s-p6-respjob-i4-para', 'd150-s-p6-respjob-i5-para',
    'd150-s-p6-revo-i5-b', 'd150-s-p6-revo-i5-para', 'd150-s-p6-revo-i5-pass', 'd150-s-p6-revo-i5-sw',
    'd150-s-pron1-0-i3-she-nr1', 'd150-s-pron1-1-i3-she-nr1', 'd150-s-rel-0-i1-b-m0', 'd150-s-rel-0-i1-sw2-m0',
    'd150-s-rel-1-i1-b-m0', 'd150-s-rel-1-i1-sw2-m0', 'd150-s-respjob-0-i1-b-m0', 'd150-s-respjob-0-i1-para-m0',
    'd150-s-respjob-0-i1-swnames-m0', 'd150-s-respjob-1-i1-b-m0', 'd150-s-respjob-1-i1-para-m0',
    'd150-s-respjob-1-i1-swnames-m0', 'd150-v-p2-job-app-0-i1-askother', 'd150-v-p2-job-app-0-i2-askother',
    'd150-v-p2-job-app-0-i2-sw', 'd150-v-p2-job-latter-0-i2-askother', 'd150-v-p2-job-list-0-i1-askother',
    'd150-v-p2-job-list-0-i1-sw', 'd150-v-p2-job-list-0-i1-sw2', 'd150-v-p2-job-list-0-i2-askother',
    'd150-v-p2-job-list-0-i2-sw', 'd150-v-p2-job-list-0-i2-sw2', 'd150-v-p2-job-rel-0-i2-askother',
    'd150-v-p2-room-pron1-0-i2-askother', 'd150-v-p3-age-herhis-0-i2-her1', 'd150-v-p3-city-no-0-i2-askother',
    'd150-v-p3-city-no-0-i2-sw', 'd150-v-p3-city-par-0-i2-askother', 'd150-v-p3-city-par-0-i2-sw',
    'd150-v-p3-city-par-0-i2-swn', 'd150-v-p3-city-resp-0-i2-askother', 'd150-v-p3-city-resp-0-i2-drop',
    'd150-v-p3-colour-no-0-i2-askother', 'd150-v-p3-colour-no-0-i2-sw', 'd150-v-p3-colour-par-0-i2-askother',
    'd150-v-p3-colour-par-0-i2-sw', 'd150-v-p3-colour-par-0-i2-swn', 'd150-v-p3-colour-resp-0-i2-askother',
    'd150-v-p3-colour-resp-0-i2-drop', 'd150-v-p3-diet-no-0-i2-askother', 'd150-v-p3-diet-no-0-i2-sw',
    'd150-v-p3-diet-par-0-i2-askother', 'd150-v-p3-diet-par-0-i2-sw', 'd150-v-p3-diet-par-0-i2-swn',
    'd150-v-p3-diet-resp-0-i2-askother', 'd150-v-p3-diet-resp-0-i2-drop', 'd150-v-p3-instrument-no-0-i2-askother',
    'd150-v-p3-instrument-no-0-i2-sw', 'd150-v-p3-instrument-par-0-i2-askother', 'd150-v-p3-instrument-par-0-i2-sw',
    'd150-v-p3-instrument-par-0-i2-swn', 'd150-v-p3-instrument-resp-0-i2-askother',
    'd150-v-p3-instrument-resp-0-i2-drop', 'd150-v-p3-job-no-0-i2-askother', 'd150-v-p3-job-no-0-i2-sw',
    'd150-v-p3-job-par-0-i2-askother', 'd150-v-p3-job-par-0-i2-sw', 'd150-v-p3-job-par-0-i2-swn',
    'd150-v-p3-job-resp-0-i2-askother', 'd150-v-p3-job-resp-0-i2-drop', 'd150-v-p3-language-no-0-i2-askother',
    'd150-v-p3-language-no-0-i2-sw', 'd150-v-p3-language-par-0-i2-askother', 'd150-v-p3-language-par-0-i2-sw',
    'd150-v-p3-language-par-0-i2-swn', 'd150-v-p3-language-resp-0-i2-askother', 'd150-v-p3-language-resp-0-i2-drop',
    'd150-v-p3-pet-no-0-i2-askother', 'd150-v-p3-pet-no-0-i2-sw', 'd150-v-p3-pet-par-0-i2-askother',
    'd150-v-p3-pet-par-0-i2-sw', 'd150-v-p3-pet-par-0-i2-swn', 'd150-v-p3-pet-resp-0-i2-askother',
    'd150-v-p3-pet-resp-0-i2-drop', 'd150-v-p3-room-herhis-0-i2-her1', 'd150-v-p3-sport-no-0-i2-askother',
    'd150-v-p3-sport-no-0-i2-sw', 'd150-v-p3-sport-par-0-i2-askother', 'd150-v-p3-sport-par-0-i2-sw',
    'd150-v-p3-sport-par-0-i2-swn', 'd150-v-p3-sport-resp-0-i2-askother', 'd150-v-p3-sport-resp-0-i2-drop',
    'd150-v-p3-team-no-0-i2-askother', 'd150-v-p3-team-no-0-i2-sw', 'd150-v-p3-team-par-0-i2-askother',
    'd150-v-p3-team-par-0-i2-sw', 'd150-v-p3-team-par-0-i2-swn', 'd150-v-p3-team-resp-0-i2-askother',
    'd150-v-p3-team-resp-0-i2-drop', 'd150-v-p4-age-p3herhis-i4-her1', 'd150-v-p4-age-p3herhis-i6-her1',
    'd150-v-p4-city-p2app-i5-sw', 'd150-v-p4-city-p2latter-i5-swap', 'd150-v-p4-city-p2list-i5-sw',
    'd150-v-p4-city-p2list-i5-sw2', 'd150-v-p4-city-p2pron-i5-swpron', 'd150-v-p4-city-p2pron-i5-swvals',
    'd150-v-p4-city-p2pron1-i5-she', 'd150-v-p4-city-p2pron1-i5-the', 'd150-v-p4-city-p2rel-i5-sw',
    'd150-v-p4-city-p2resp-i5-drop', 'd150-v-p4-city-p3no-i4-askother', 'd150-v-p4-city-p3no-i4-sw',
    'd150-v-p4-city-p3no-i6-askother', 'd150-v-p4-city-p3no-i6-sw', 'd150-v-p4-city-p3par-i4-askother',
    'd150-v-p4-city-p3par-i4-sw', 'd150-v-p4-city-p3par-i4-swn', 'd150-v-p4-city-p3par-i6-askother',
    'd150-v-p4-city-p3par-i6-sw', 'd150-v-p4-city-p3par-i6-swn', 'd150-v-p4-city-p3resp-i4-askother',
    'd150-v-p4-city-p3resp-i4-drop', 'd150-v-p4-city-p3resp-i6-askother', 'd150-v-p4-city-p3resp-i6-drop',
    'd150-v-p4-colour-p3no-i4-askother', 'd150-v-p4-colour-p3no-i4-sw', 'd150-v-p4-colour-p3no-i6-askother',
    'd150-v-p4-colour-p3no-i6-sw', 'd150-v-p4-colour-p3par-i4-askother', 'd150-v-p4-colour-p3par-i4-sw',
    'd150-v-p4-colour-p3par-i4-swn', 'd150-v-p4-colour-p3par-i6-askother', 'd150-v-p4-colour-p3par-i6-sw',
    'd150-v-p4-colour-p3par-i6-swn', 'd150-v-p4-colour-p3resp-i4-askother', 'd150-v-p4-colour-p3resp-i4-drop',
    'd150-v-p4-colour-p3resp-i6-askother', 'd150-v-p4-colour-p3resp-i6-drop', 'd150-v-p4-diet-p3no-i4-askother',
    'd150-v-p4-diet-p3no-i4-sw', 'd150-v-p4-diet-p3no-i6-askother', 'd150-v-p4-diet-p3no-i6-sw',
    'd150-v-p4-diet-p3par-i4-askother', 'd150-v-p4-diet-p3par-i4-sw', 'd150-v-p4-diet-p3par-i4-swn',
    'd150-v-p4-diet-p3par-i6-askother', 'd150-v-p4-diet-p3par-i6-sw', 'd150-v-p4-diet-p3par-i6-swn',
    'd150-v-p4-diet-p3resp-i4-askother', 'd150-v-p4-diet-p3resp-i4-drop', 'd150-v-p4-diet-p3resp-i6-askother',
    'd150-v-p4-diet-p3resp-i6-drop', 'd150-v-p4-instrument-p3no-i4-askother', 'd150-v-p4-instrument-p3no-i4-sw',
    'd150-v-p4-instrument-p3no-i6-askother', 'd150-v-p4-instrument-p3no-i6-sw',
    'd150-v-p4-instrument-p3par-i4-askother', 'd150-v-p4-instrument-p3par-i4-sw', 'd150-v-p4-instrument-p3par-i4-swn',
    'd150-v-p4-instrument-p3par-i6-askother', 'd150-v-p4-instrument-p3par-i6-sw', 'd150-v-p4-instrument-p3par-i6-swn',
    'd150-v-p4-instrument-p3resp-i4-askother', 'd150-v-p4-instrument-p3resp-i4-drop',
    'd150-v-p4-instrument-p3resp-i6-askother', 'd150-v-p4-instrument-p3resp-i6-drop',
    'd150-v-p4-job-p2app-i4-askother', 'd150-v-p4-job-p2app-i4-sw', 'd150-v-p4-job-p2app-i6-askother',
    'd150-v-p4-job-p2app-i6-sw', 'd150-v-p4-job-p2latter-i4-askother', 'd150-v-p4-job-p2latter-i6-askother',
    'd150-v-p4-job-p2list-i4-askother', 'd150-v-p4-job-p2list-i4-sw', 'd150-v-p4-job-p2list-i4-sw2',
    'd150-v-p4-job-p2list-i6-askother', 'd150-v-p4-job-p2list-i6-sw', 'd150-v-p4-job-p2list-i6-sw2',
    'd150-v-p4-job-p2rel-i4-askother', 'd150-v-p4-job-p2rel-i4-sw', 'd150-v-p4-job-p2rel-i6-askother',
    'd150-v-p4-job-p2rel-i6-sw', 'd150-v-p4-job-p2resp-i4-askother', 'd150-v-p4-job-p2resp-i4-drop',
    'd150-v-p4-job-p2resp-i4-swvals', 'd150-v-p4-job-p2resp-i6-askother', 'd150-v-p4-job-p2resp-i6-drop',
    'd150-v-p4-job-p2resp-i6-swvals', 'd150-v-p4-job-p3no-i4-askother', 'd150-v-p4-job-p3no-i4-sw',
    'd150-v-p4-job-p3no-i6-askother', 'd150-v-p4-job-p3no-i6-sw', 'd150-v-p4-job-p3par-i4-askother',
    'd150-v-p4-job-p3par-i4-sw', 'd150-v-p4-job-p3par-i4-swn', 'd150-v-p4-job-p3par-i6-askother',
    'd150-v-p4-job-p3par-i6-sw', 'd150-v-p4-job-p3par-i6-swn', 'd150-v-p4-job-p3resp-i4-askother',
    'd150-v-p4-job-p3resp-i4-drop', 'd150-v-p4-job-p3resp-i6-askother', 'd150-v-p4-job-p3resp-i6-drop',
    'd150-v-p4-language-p3no-i4-askother', 'd150-v-p4-language-p3no-i4-sw', 'd150-v-p4-language-p3no-i6-askother',
    'd150-v-p4-language-p3no-i6-sw', 'd150-v-p4-language-p3par-i4-askother', 'd150-v-p4-language-p3par-i4-sw',
    'd150-v-p4-language-p3par-i4-swn', 'd150-v-p4-language-p3par-i6-askother', 'd150-v-p4-language-p3par-i6-sw',
    'd150-v-p4-language-p3par-i6-swn', 'd150-v-p4-language-p3resp-i4-askother', 'd150-v-p4-language-p3resp-i4-drop',
    'd150-v-p4-language-p3resp-i6-askother', 'd150-v-p4-language-p3resp-i6-drop', 'd150-v-p4-pet-p3no-i4-askother',
    'd150-v-p4-pet-p3no-i4-sw', 'd150-v-p4-pet-p3no-i6-askother', 'd150-v-p4-pet-p3no-i6-sw',
    'd150-v-p4-pet-p3par-i4-askother', 'd150-v-p4-pet-p3par-i4-sw', 'd150-v-p4-pet-p3par-i4-swn',
    'd150-v-p4-pet-p3par-i6-askother', 'd150-v-p4-pet-p3par-i6-sw', 'd150-v-p4-pet-p3par-i6-swn',
    'd150-v-p4-pet-p3resp-i4-askother', 'd150-v-p4-pet-p3resp-i4-drop', 'd150-v-p4-pet-p3resp-i6-askother',
    'd150-v-p4-pet-p3resp-i6-drop', 'd150-v-p4-room-p2pron1-i4-askother', 'd150-v-p4-room-p2pron1-i6-askother',
    'd150-v-p4-room-p3herhis-i4-her1', 'd150-v-p4-room-p3herhis-i6-her1', 'd150-v-p4-sport-p3no-i4-askother',
    'd150-v-p4-sport-p3no-i4-sw', 'd150-v-p4-sport-p3no-i6-askother', 'd150-v-p4-sport-p3no-i6-sw',
    'd150-v-p4-sport-p3par-i4-askother', 'd150-v-p4-sport-p3par-i4-sw', 'd150-v-p4-sport-p3par-i4-swn',
    'd150-v-p4-sport-p3par-i6-askother', 'd150-v-p4-sport-p3par-i6-sw', 'd150-v-p4-sport-p3par-i6-swn',
    'd150-v-p4-sport-p3resp-i4-askother', 'd150-v-p4-sport-p3resp-i4-drop', 'd150-v-p4-sport-p3resp-i6-askother',
    'd150-v-p4-sport-p3resp-i6-drop', 'd150-v-p4-team-p2app-i4-askother', 'd150-v-p4-team-p2app-i4-sw',
    'd150-v-p4-team-p2app-i5-sw', 'd150-v-p4-team-p2app-i6-askother', 'd150-v-p4-team-p2app-i6-sw',
    'd150-v-p4-team-p2latter-i4-askother', 'd150-v-p4-team-p2latter-i6-askother', 'd150-v-p4-team-p2list-i5-sw',
    'd150-v-p4-team-p2list-i5-sw2', 'd150-v-p4-team-p2pron-i5-swvals', 'd150-v-p4-team-p2rel-i4-askother',
    'd150-v-p4-team-p2rel-i4-sw', 'd150-v-p4-team-p2rel-i5-sw', 'd150-v-p4-team-p2rel-i6-askother',
    'd150-v-p4-team-p2rel-i6-sw', 'd150-v-p4-team-p2resp-i4-askother', 'd150-v-p4-team-p2resp-i4-drop',
    'd150-v-p4-team-p2resp-i5-resp3sw', 'd150-v-p4-team-p2resp-i5-swnames', 'd150-v-p4-team-p2resp-i6-askother',
    'd150-v-p4-team-p2resp-i6-drop', 'd150-v-p4-team-p3no-i4-askother', 'd150-v-p4-team-p3no-i4-sw',
    'd150-v-p4-team-p3no-i6-askother', 'd150-v-p4-team-p3no-i6-sw', 'd150-v-p4-team-p3par-i4-askother',
    'd150-v-p4-team-p3par-i4-sw', 'd150-v-p4-team-p3par-i4-swn', 'd150-v-p4-team-p3par-i6-askother',
    'd150-v-p4-team-p3par-i6-sw', 'd150-v-p4-team-p3par-i6-swn', 'd150-v-p4-team-p3resp-i4-askother',
    'd150-v-p4-team-p3resp-i4-drop', 'd150-v-p4-team-p3resp-i6-askother', 'd150-v-p4-team-p3resp-i6-drop',
    'd150-v-p6-app-i5-who', 'd150-v-p6-both-i5-neither', 'd150-v-p6-de-i5-swvals', 'd150-v-p6-dell-i5-sw',
    'd150-v-p6-es-i5-swvals', 'd150-v-p6-fr-i5-swvals', 'd150-v-p6-frfl-i5-sw', 'd150-v-p6-no-i5-swvals',
    'd150-v-p6-nopron-i5-swpron', 'd150-v-p6-other-i5-sw', 'd150-v-p6-pron-i5-swpron', 'd150-v-p6-pron-i5-swvals',
    'd150-v-p6-pron1-i5-she', 'd150-v-p6-rel-i4-askother', 'd150-v-p6-rel-i4-sw', 'd150-v-p6-rel-i4-sw2',
    'd150-v-p6-rel-i5-sw', 'd150-v-p6-rel-i5-sw2', 'd150-v-p6-resp3-i5-swvals', 'd150-v-p6-revo-i5-pass',
    'd150-v-pron1-0-i3-askother', 'd150-v-pron1-0-i3-she', 'd150-v-pron1-2-i3-askother', 'd150-v-pron1-2-i3-she',
    'd150-v-rel-0-i1-askother', 'd150-v-rel-0-i1-sw2', 'd150-v-rel-2-i1-askother', 'd150-v-rel-2-i1-sw2',
    'd150-v-respjob-0-i1-askother', 'd150-v-respjob-2-i1-askother',
}
r150_sample_round("d150-", r150_found, 40, safe_every=6)
# Arguable items still served from the cache after the fixes (FINDINGS.md, rounds 146-151): left out.
r150_left_out = {
   
}
P[:] = [r150_p for r150_p in P if r150_p["id"] not in r150_left_out]
