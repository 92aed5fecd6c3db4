"""Red-team round 109 (black box, stepcache-s37): linear_equation requests in nine more languages, units and domains beside the equation, marks and notations around the variable (x², √x, ‖x‖, LaTeX, fullwidth digits), equations changed in words, a second equation; and the shape that got through: an operator mark glued after a term and followed by a sign (markdown italics "2*x* + 3", "2x* + 3", a footnote "11* + 1", "2x/ + 3"), read as a product. Adds its probes to probe_kit.P."""
import json  # noqa: F401
import os  # noqa: F401
import sys  # noqa: F401

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r109_NR = "999"  # no single answer: any served answer is wrong
r109_A = "2x + 3 = 11\n2x = 8\nx = 4"
r109_B = "3x - 4 = 10\n3x = 14\nx = 14/3"
r109_C = "5x - 7 = 3x + 9\n2x - 7 = 9\n2x = 16\nx = 8"
r109_pA = "Solve for x: 2x + 3 = 11."
r109_pB = "Solve for x: 3x - 4 = 10."
r109_pC = "Solve for x: 5x - 7 = 3x + 9."
r109_pairs = []

E("d109-a-base", "r109_base", r109_pA + " Show each step.", "x", "4", [r109_A])
E("d109-b-base", "r109_base", r109_pB + " Show each step.", "x", "14/3", [r109_B])
E("d109-c-base", "r109_base", r109_pC + " Show each step.", "x", "8", [r109_C])
r109_base_of = {"a": "d109-a-base", "b": "d109-b-base", "c": "d109-c-base"}
r109_stale = {"a": r109_A, "b": r109_B, "c": r109_C}


def r109_v(id, fam, base, prompt, var, value, right, report=None, safe=False):
    """A variant of base (a/b/c): the model first repeats the base answer, then gives the right one."""
    vid = "d109-" + id
    ans = [r109_stale[base]] if safe else [r109_stale[base], right]
    E(vid, fam, prompt, var, value, ans, report=report, safe=safe)
    r109_pairs.append((r109_base_of[base], vid))


def r109_q(id, fam, base, tail, value):
    """A request for a number other than x (checked with a placeholder variable q): right answer ends '#### value'."""
    pr = {"a": r109_pA, "b": r109_pB, "c": r109_pC}[base]
    r109_v(id, fam, base, pr + " " + tail, "q", value, r109_stale[base] + "\n#### " + value)


r109_STEP2 = {"expression": "2x", "value": "8"}

# ---------------------------------------------------------------- (a) other languages, base a (x = 4, 3 steps)
r109_L = [
 # (lang, count, double, plus one, second step only, other1 (tail, value), other2)
 ("it", "Mostra ogni passaggio. Quanti passaggi servono?", "Mostra ogni passaggio. Dai il doppio della soluzione.",
  "Mostra ogni passaggio. Dai la soluzione più uno.", "Mostra solo il secondo passaggio.",
  ("Mostra ogni passaggio. Dai x come percentuale.", "400"), ("Mostra ogni passaggio. Dai il quadrato della soluzione.", "16")),
 ("nl", "Laat elke stap zien. Hoeveel stappen zijn er?", "Laat elke stap zien. Geef het dubbele van het antwoord.",
  "Laat elke stap zien. Geef x plus één.", "Laat alleen de tweede stap zien.",
  ("Laat elke stap zien. Geef de waarde van de linkerkant bij de controle.", "11"), ("Laat elke stap zien. Geef de helft van x.", "2")),
 ("pt", "Mostre cada passo. Quantos passos são?", "Mostre cada passo. Dê o dobro da resposta.",
  "Mostre cada passo. Dê x mais um.", "Mostre apenas o segundo passo.",
  ("Mostre cada passo. Dê x em porcentagem.", "400"), ("Mostre cada passo. Dê o quadrado de x.", "16")),
 ("pl", "Pokaż każdy krok. Ile jest kroków?", "Pokaż każdy krok. Podaj podwojony wynik.",
  "Pokaż każdy krok. Podaj x plus jeden.", "Pokaż tylko drugi krok.",
  ("Pokaż każdy krok. Podaj połowę x.", "2"), ("Pokaż każdy krok. Podaj wartość lewej strony przy sprawdzeniu.", "11")),
 ("sv", "Visa varje steg. Hur många steg är det?", "Visa varje steg. Ge dubbla svaret.",
  "Visa varje steg. Ge x plus ett.", "Visa bara det andra steget.",
  ("Visa varje steg. Ge x i procent.", "400"), ("Visa varje steg. Ge kvadraten av x.", "16")),
 ("tr", "Her adımı göster. Kaç adım var?", "Her adımı göster. Cevabın iki katını ver.",
  "Her adımı göster. x'in bir fazlasını ver.", "Sadece ikinci adımı göster.",
  ("Her adımı göster. x'in yarısını ver.", "2"), ("Her adımı göster. x'in karesini ver.", "16")),
 ("ja", "各ステップを示してください。ステップはいくつありますか？", "各ステップを示してください。答えの2倍を答えてください。",
  "各ステップを示してください。x+1を答えてください。", "2番目のステップだけを示してください。",
  ("各ステップを示してください。xを百分率で答えてください。", "400"), ("各ステップを示してください。検算の左辺の値を答えてください。", "11")),
 ("zh", "请写出每一步。一共有几步？", "请写出每一步。给出答案的两倍。",
  "请写出每一步。给出x加一的值。", "只写出第二步。",
  ("请写出每一步。给出x的平方。", "16"), ("请写出每一步。给出x的一半。", "2")),
 ("ko", "각 단계를 보여 주세요. 몇 단계입니까?", "각 단계를 보여 주세요. 답의 두 배를 구하세요.",
  "각 단계를 보여 주세요. x+1을 구하세요.", "두 번째 단계만 보여 주세요.",
  ("각 단계를 보여 주세요. x를 백분율로 나타내세요.", "400"), ("각 단계를 보여 주세요. x의 제곱을 구하세요.", "16")),
]
for lang, cnt, dbl, p1, st2, o1, o2 in r109_L:
    r109_q("l-%s-cnt" % lang, "r109_lang_count", "a", cnt, "3")
    r109_q("l-%s-dbl" % lang, "r109_lang_value", "a", dbl, "8")
    r109_q("l-%s-p1" % lang, "r109_lang_value", "a", p1, "5")
    r109_v("l-%s-st2" % lang, "r109_lang_step", "a", r109_pA + " " + st2, "x", "4", "2x = 8", report=r109_STEP2)
    r109_q("l-%s-o1" % lang, "r109_lang_value", "a", o1[0], o1[1])
    r109_q("l-%s-o2" % lang, "r109_lang_value", "a", o2[0], o2[1])
# rounding / decimal of x = 14/3 (base b)
for lang, tail, val in [
        ("it", "Mostra ogni passaggio. Dai x arrotondato all'intero.", "5"),
        ("nl", "Laat elke stap zien. Geef x als decimaal getal, afgerond op één decimaal.", "4.7"),
        ("pt", "Mostre cada passo. Dê x arredondado para o inteiro mais próximo.", "5"),
        ("pl", "Pokaż każdy krok. Podaj x zaokrąglone do liczby całkowitej.", "5"),
        ("sv", "Visa varje steg. Avrunda x till en decimal.", "4.7"),
        ("tr", "Her adımı göster. x'i en yakın tam sayıya yuvarla.", "5"),
        ("ja", "各ステップを示してください。xを小数第一位まで四捨五入してください。", "4.7"),
        ("zh", "请写出每一步。把x四舍五入到整数。", "5"),
        ("ko", "각 단계를 보여 주세요. x를 반올림하여 정수로 나타내세요.", "5"),
        ("en-floor", "Show each step. Give x rounded down.", "4"),
        ("en-ceil", "Show each step. Give x rounded up to a whole number.", "5")]:
    r109_q("r-" + lang, "r109_round", "b", tail, val)
# base c in three languages (x = 8, 4 steps)
r109_q("l-c-it-cnt", "r109_lang_count", "c", "Mostra ogni passaggio. Quanti passaggi servono?", "4")
r109_q("l-c-ja-dbl", "r109_lang_value", "c", "各ステップを示してください。答えの2倍を答えてください。", "16")
r109_q("l-c-ko-p1", "r109_lang_value", "c", "각 단계를 보여 주세요. x+1을 구하세요.", "9")

# ---------------------------------------------------------------- (b) units and domains beside the equation
for id, pr in [("u-cm", "Solve for x: 2x + 3 = 11, with x in cm. Show each step."),
               ("u-pos", "Solve for x > 0: 2x + 3 = 11. Show each step."),
               ("u-int", "Solve for integer x: 2x + 3 = 11. Show each step."),
               ("u-nat", "Solve for x ∈ ℕ: 2x + 3 = 11. Show each step."),
               ("u-even", "Solve for even x: 2x + 3 = 11. Show each step.")]:
    r109_v(id, "r109_unit_safe", "a", pr, "x", "4", None, safe=True)
r109_A_conv = lambda v: r109_A + "\n#### " + v  # noqa: E731
for id, pr, val in [
        ("u-minh", "Solve for x: 2x + 3 = 11, x measured in minutes; answer in hours. Show each step.", "1/15"),
        ("u-mm", "Solve for x (in cm): 2x + 3 = 11. Show each step. Answer in mm.", "40"),
        ("u-km", "Solve for x: 2x + 3 = 11 where x is in km. Show each step and give x in metres.", "4000"),
        ("u-ft", "Solve for x: 2x + 3 = 11, x in feet. Show each step. Give x in inches.", "48"),
        ("u-doz", "Solve for x: 2x + 3 = 11 (x in dozens). Show each step. How many items is that?", "48"),
        ("u-kg", "Solve for x: 2x + 3 = 11, x in kg. Show each step; answer in grams.", "4000"),
        ("u-pct", "Solve for x: 2x + 3 = 11, where x is a percentage. Show each step. Give x as a fraction.", "1/25"),
        ("u-hday", "Solve for x: 2x + 3 = 11, x in hours. Show each step. Give x in days.", "1/6")]:
    r109_v(id, "r109_unit", "a", pr, "q", val, r109_A_conv(val))
for id, pr in [("u-neg", "Solve for x < 0: 2x + 3 = 11. Show each step."),
               ("u-gt5", "Solve for x > 5: 2x + 3 = 11. Show each step."),
               ("u-odd", "Solve for odd x: 2x + 3 = 11. Show each step."),
               ("u-zneg", "Solve for x ∈ ℤ⁻: 2x + 3 = 11. Show each step."),
               ("u-notn", "Solve for x ∉ ℕ: 2x + 3 = 11. Show each step."),
               ("u-neg2", "Solve for x: 2x + 3 = 11, x negative. Show each step."),
               ("u-c-lt", "Solve for x: 5x - 7 = 3x + 9 for x ≤ 7. Show each step.")]:
    base = "c" if "-c-" in id else "a"
    r109_v(id, "r109_domain", base, pr, "x", r109_NR, r109_stale[base])
r109_v("u-oct", "r109_base_n", "a", "Solve for x: 2x + 3 = 11, numbers in base 8. Show each step.", "x", "3",
       "2x + 3 = 9\n2x = 6\nx = 3")
r109_v("u-hex", "r109_base_n", "a", "Solve for x: 2x + 3 = 11, all numbers in hexadecimal. Show each step.", "x", "7",
       "2x + 3 = 17\n2x = 14\nx = 7")

# ---------------------------------------------------------------- (c) marks and notations
for id, pr in [("m-dot", "Solve for x: 2·x + 3 = 11. Show each step."),
               ("m-times", "Solve for x: 2×x + 3 = 11. Show each step."),
               ("m-star", "Solve for x: 2*x + 3 = 11. Show each step."),
               ("m-space", "Solve for x: 2 x + 3 = 11. Show each step."),
               ("m-fw", "Solve for x: ２x + ３ = １１. Show each step."),
               ("m-tex", "Solve for x: $2x + 3 = 11$. Show each step."),
               ("m-ital", "Solve for x: 2𝑥 + 3 = 11. Show each step.")]:
    r109_v(id, "r109_mark_safe", "a", pr, "x", "4", None, safe=True)
for id, pr, val, right in [
        ("m-sq", "Solve for x: 2x² + 3 = 11. Show each step.", r109_NR, r109_A),
        ("m-sqpos", "Solve for x > 0: 2x² + 3 = 11. Show each step.", "2", "2x² + 3 = 11\n2x² = 8\nx² = 4\nx = 2"),
        ("m-sqrt", "Solve for x: 2√x + 3 = 11. Show each step.", "16", "2√x + 3 = 11\n2√x = 8\n√x = 4\nx = 16"),
        ("m-pct", "Solve for x: 2x% + 3 = 11. Show each step.", "400", "2x% + 3 = 11\n2x% = 8\nx% = 4\nx = 400"),
        ("m-norm", "Solve for x: 2‖x‖ + 3 = 11. Show each step.", r109_NR, r109_A),
        ("m-floor", "Solve for x: 2⌊x⌋ + 3 = 11. Show each step.", r109_NR, r109_A),
        ("m-ceil", "Solve for x: 2⌈x⌉ + 3 = 11. Show each step.", r109_NR, r109_A),
        ("m-angle", "Solve for x: 2⟨x⟩ + 3 = 11. Show each step.", r109_NR, r109_A),
        ("m-half", "Solve for x: x/2 + 3 = 11. Show each step.", "16", "x/2 + 3 = 11\nx/2 = 8\nx = 16"),
        ("m-umin", "Solve for x: 2x − 3 = 11. Show each step.", "7", "2x - 3 = 11\n2x = 14\nx = 7"),
        ("m-umin-r", "Solve for x: 2x + 3 = −11. Show each step.", "-7", "2x + 3 = -11\n2x = -14\nx = -7"),
        ("m-umin-l", "Solve for x: −2x + 3 = 11. Show each step.", "-4", "-2x + 3 = 11\n-2x = 8\nx = -4"),
        ("m-fw13", "Solve for x: 2x + 3 = １３. Show each step.", "5", "2x + 3 = 13\n2x = 10\nx = 5"),
        ("m-fw4", "Solve for x: ４x + 3 = 11. Show each step.", "2", "4x + 3 = 11\n4x = 8\nx = 2"),
        ("m-tex13", "Solve for x: $2x+3=13$. Show each step.", "5", "2x + 3 = 13\n2x = 10\nx = 5"),
        ("m-frac", "Solve for x: \\frac{x}{2} + 3 = 11. Show each step.", "16", "x/2 + 3 = 11\nx/2 = 8\nx = 16"),
        ("m-frac2", "Solve for x: \\frac{2}{x} + 3 = 11. Show each step.", "1/4", "2/x + 3 = 11\n2/x = 8\nx = 1/4"),
        ("m-rsq", "Solve for x: 2x + 3 = 11². Show each step.", "59", "2x + 3 = 121\n2x = 118\nx = 59"),
        ("m-inv", "Solve for x: 2x⁻¹ + 3 = 11. Show each step.", "1/4", "2/x + 3 = 11\n2/x = 8\nx = 1/4"),
        ("m-pow", "Solve for x: 2^x + 3 = 11. Show each step.", "3", "2^x + 3 = 11\n2^x = 8\nx = 3"),
        ("m-dec", "Solve for x: 2x + 3 = 1.1. Show each step.", "-19/20", "2x + 3 = 1.1\n2x = -1.9\nx = -19/20"),
        ("m-rpct", "Solve for x: 2x + 3 = 11%. Show each step.", "-289/200", "2x + 3 = 0.11\n2x = -2.89\nx = -289/200"),
        ("m-rfrac", "Solve for x: 2x + 3 = 11/2. Show each step.", "5/4", "2x + 3 = 11/2\n2x = 5/2\nx = 5/4"),
        ("m-0x", "Solve for x: 2x + 3 = 0x11. Show each step.", "7", "2x + 3 = 17\n2x = 14\nx = 7"),
        ("m-sub8", "Solve for x: 2x + 3 = 11₈. Show each step.", "3", "2x + 3 = 9\n2x = 6\nx = 3"),
        ("m-rminx", "Solve for x: 2x + 3 = 11 − x. Show each step.", "8/3", "2x + 3 = 11 - x\n3x + 3 = 11\n3x = 8\nx = 8/3"),
        ("m-sup", "Solve for x: 2x + 3 = 1¹. Show each step.", "-1", "2x + 3 = 1\n2x = -2\nx = -1"),
        ("m-bar", "Solve for x: 2x + 3 = 1̅1̅. Show each step.", r109_NR, r109_A),
        ("m-prime", "Solve for x: 2x + 3 = 11, where x' = 2x. Give x'. Show each step.", "8", "2x + 3 = 11\n2x = 8\nx = 4\n#### 8"),
        ("m-sub1", "Solve for x: 2x₁ + 3 = 11 and x = x₁ + 1. Show each step.", "5", "2x₁ + 3 = 11\n2x₁ = 8\nx₁ = 4\nx = 5")]:
    var = "q" if id == "m-prime" else "x"
    r109_v(id, "r109_mark", "a", pr, var, val, right)

# ---------------------------------------------------------------- (d) the equation changed in words after it is stated
for id, pr, val, right in [
        ("w-13", "Solve 2x + 3 = 11, but with 13 on the right. Show each step.", "5", "2x + 3 = 13\n2x = 10\nx = 5"),
        ("w-3is5", "Solve for x: 2x + 3 = 11. Show each step. Same as before but the 3 is a 5.", "3", "2x + 5 = 11\n2x = 6\nx = 3"),
        ("w-dbl", "Solve for x: 2x + 3 = 11. Now double the constant. Show each step.", "5/2", "2x + 6 = 11\n2x = 5\nx = 5/2"),
        ("w-2to4", "Solve for x: 2x + 3 = 11. Show each step, but with the 2 replaced by 4.", "2", "4x + 3 = 11\n4x = 8\nx = 2"),
        ("w-minus", "Solve for x: 2x + 3 = 11, except the plus is a minus. Show each step.", "7", "2x - 3 = 11\n2x = 14\nx = 7"),
        ("w-15", "Solve for x: 2x + 3 = 11. Actually, the right side should be 15. Show each step.", "6", "2x + 3 = 15\n2x = 12\nx = 6"),
        ("w-meant", "Solve for x: 2x + 3 = 11 (sorry, I meant 17 on the right). Show each step.", "7", "2x + 3 = 17\n2x = 14\nx = 7"),
        ("w-again", "Solve for x: 2x + 3 = 11. Show each step. Then do it again with 19 instead of 11; give only that x.", "8", "2x + 3 = 19\n2x = 16\nx = 8"),
        ("w-swap", "Solve for x: 2x + 3 = 11. Show each step. Swap the 3 and the 11 first.", "-4", "2x + 11 = 3\n2x = -8\nx = -4"),
        ("w-inc", "Solve for x: 2x + 3 = 11, with every number increased by one. Show each step.", "8/3", "3x + 4 = 12\n3x = 8\nx = 8/3"),
        ("w-halfc", "Solve for x: 2x + 3 = 11, halving the coefficient. Show each step.", "8", "x + 3 = 11\nx = 8"),
        ("w-it", "Solve for x: 2x + 3 = 11. Show each step. Ma il 3 è un 5.", "3", "2x + 5 = 11\n2x = 6\nx = 3"),
        ("w-nl", "Solve for x: 2x + 3 = 11. Show each step. Maar de 11 is eigenlijk 21.", "9", "2x + 3 = 21\n2x = 18\nx = 9"),
        ("w-pl", "Solve for x: 2x + 3 = 11. Show each step. Poprawka: po prawej stronie jest 15.", "6", "2x + 3 = 15\n2x = 12\nx = 6"),
        ("w-ja", "Solve for x: 2x + 3 = 11. Show each step. ただし右辺は13とします。", "5", "2x + 3 = 13\n2x = 10\nx = 5"),
        ("w-zh", "Solve for x: 2x + 3 = 11. Show each step. 把常数3改成7。", "2", "2x + 7 = 11\n2x = 4\nx = 2"),
        ("w-ko", "Solve for x: 2x + 3 = 11. Show each step. 단, 우변을 17로 바꾸세요.", "7", "2x + 3 = 17\n2x = 14\nx = 7"),
        ("w-tr", "Solve for x: 2x + 3 = 11. Show each step. Ama sağ taraf 9 olsun.", "3", "2x + 3 = 9\n2x = 6\nx = 3"),
        ("w-sv", "Solve for x: 2x + 3 = 11. Show each step. Men byt 2 mot 8.", "1", "8x + 3 = 11\n8x = 8\nx = 1"),
        ("w-pt", "Solve for x: 2x + 3 = 11. Show each step. Mas troque o sinal de + por −.", "7", "2x - 3 = 11\n2x = 14\nx = 7")]:
    r109_v(id, "r109_words", "a", pr, "x", val, right)
r109_v("w-c-rhs", "r109_words", "c", "Solve for x: 5x - 7 = 3x + 9. Show each step. But make the 9 a 13.", "x", "10",
       "5x - 7 = 3x + 13\n2x - 7 = 13\n2x = 20\nx = 10")

# ---------------------------------------------------------------- (e) a second equation or a system
for id, pr, var, val, right in [
        ("s-y", "Solve 2x + 3 = 11 and y = x + 2; give y. Show each step.", "y", "6", r109_A + "\ny = 6"),
        ("s-3x", "Solve for x: 2x + 3 = 11. Then y = 3x; find y. Show each step.", "y", "12", r109_A + "\ny = 12"),
        ("s-sum", "Solve for y: 2x + 3 = 11 and x + y = 10. Show each step.", "y", "6", r109_A + "\ny = 6"),
        ("s-sq", "Solve for x: 2x + 3 = 11, y = x². Give y. Show each step.", "y", "16", r109_A + "\ny = 16"),
        ("s-z", "Solve for z: 2x + 3 = 11, z = 2x - 1. Show each step.", "z", "7", r109_A + "\nz = 7"),
        ("s-3y", "Solve for x: 2x + 3y = 11 with y = 3. Show each step.", "x", "1", "2x + 9 = 11\n2x = 2\nx = 1"),
        ("s-incons", "Solve for x: 2x + 3 = 11 and x + 1 = 6. Show each step.", "x", r109_NR, r109_A),
        ("s-umin", "Solve: 2x + 3 = 11, y − x = 5. Find y. Show each step.", "y", "9", r109_A + "\ny = 9"),
        ("s-it", "Solve for x: 2x + 3 = 11. Show each step. Poi y = x + 2: trova y.", "y", "6", r109_A + "\ny = 6"),
        ("s-ja", "Solve for x: 2x + 3 = 11. Show each step. y = x + 2 のとき、yを求めよ。", "y", "6", r109_A + "\ny = 6"),
        ("s-zh", "Solve for x: 2x + 3 = 11. Show each step. 已知 y = 2x + 1，求 y。", "y", "9", r109_A + "\ny = 9"),
        ("s-ko", "Solve for x: 2x + 3 = 11. Show each step. y = x - 1일 때 y를 구하세요.", "y", "3", r109_A + "\ny = 3"),
        ("s-nl", "Solve for x: 2x + 3 = 11. Show each step. En y = 5x; geef y.", "y", "20", r109_A + "\ny = 20"),
        ("s-tr", "Solve for x: 2x + 3 = 11. Show each step. y = x + 7 ise y kaçtır?", "y", "11", r109_A + "\ny = 11"),
        ("s-x2", "Solve for x: 2x + 3 = 11 and 3x - 1 = 11. Show each step.", "x", "4", None)]:
    if right is None:
        r109_v(id, "r109_system_safe", "a", pr, var, val, None, safe=True)
    else:
        r109_v(id, "r109_system", "a", pr, var, val, right)
r109_v("s-c-y", "r109_system", "c", "Solve for x: 5x - 7 = 3x + 9 and y = x - 3; give y. Show each step.", "y", "5",
       r109_C + "\ny = 5")

# ================================================================ batch 2: tails made of read words, marks and other numerals
r109_T = [  # (id, tail after "Solve for x: 2x + 3 = 11. Show each step. ", value)
 ("x2", "Give x².", "16"), ("x3", "Give x³.", "64"), ("sqrt", "Give √x.", "2"), ("inv", "Give x⁻¹.", "1/4"),
 ("neg", "Give −x.", "-4"), ("halfx", "Give ½x.", "2"), ("thirdx", "Give ⅓x.", "4/3"), ("fwdiv", "Give x/２.", "2"),
 ("fw2x", "Give ２x.", "8"), ("fwp1", "Give x＋１.", "5"), ("pctsign", "Give x％.", "400"), ("dot2", "Give x·2.", "8"),
 ("2dot", "Give 2·x.", "8"), ("2times", "Give 2×x.", "8"), ("xtx", "Give x×x.", "16"), ("texx", "Give $2x$.", "8"),
 ("texsq", "Give $x^2$.", "16"), ("texrt", "Give \\sqrt{x}.", "2"), ("texfr", "Give \\frac{x}{2}.", "2"),
 ("xpx", "Give x+x.", "8"), ("umin1", "Give x−1.", "3"), ("hyph1", "Give x‐1.", "3"), ("endash", "Give x–1.", "3"),
 ("obelus", "Give x ÷ 2.", "2"), ("divsl", "Give x∕2.", "2"), ("frsl", "Give x⁄2.", "2"), ("2powx", "Give 2ˣ.", "16"),
 ("permil", "Give x‰.", "4000"), ("circ1", "Give x + ①.", "5"), ("roman1", "Give x plus Ⅰ.", "5"),
 ("roman2", "Give x times Ⅱ.", "8"), ("fwtimes", "Give x × ２.", "8"), ("arab2", "Give x·٢.", "8"),
 ("deva2", "Give x·२.", "8"), ("anstw", "Give the answer ×２.", "8"), ("ansp1", "Give the answer ＋１.", "5"),
 ("ansm1", "Give the answer −１.", "3"), ("anspct", "Give the answer in ％.", "400"), ("ansdiv", "Give the answer ÷２.", "2"),
 ("anssq", "Give the answer².", "16"), ("bold2", "Give 𝟐x.", "8"), ("ansbold", "Give the answer ×𝟐.", "8"),
 ("cjk2", "Give x×二.", "8"), ("cjk1", "Give x＋一.", "5"), ("cjkd", "Give x÷二.", "2"), ("cjk3x", "Give 三x.", "12"),
 ("bare2", "×２", "8"), ("barep1", "＋１", "5"), ("xsq2", "x² ?", "16"), ("ansx2", "Answer: 2x.", "8"),
 ("ansxp1", "Answer: x + 1.", "5"), ("arrow", "x → 2x.", "8"), ("xx", "Give x·x.", "16"), ("x10", "Give x·10.", "40"),
 ("sup2", "Give x^２.", "16"), ("cube", "Give x**3.", "64"), ("fact", "Give x!.", "24"),
]
for t, tail, val in r109_T:
    r109_q("t-" + t, "r109_tail_mark", "a", "Show each step. " + tail, val)
# the same shapes on base c (x = 8)
for t, tail, val in [("x2", "Give x².", "64"), ("fw2x", "Give ２x.", "16"), ("fwp1", "Give x＋１.", "9"), ("neg", "Give −x.", "-8"),
                     ("cjk2", "Give x×二.", "16"), ("anstw", "Give the answer ×２.", "16"), ("sqrt", "Give √x.", "NR")]:
    if val == "NR":
        continue
    r109_q("tc-" + t, "r109_tail_mark", "c", "Show each step. " + tail, val)

# domains in marks and read words
for id, pr in [("dn-ne", "Solve for x: 2x + 3 = 11, x ≠ 4. Show each step."),
               ("dn-le", "Solve for x: 2x + 3 = 11; x ≤ −1. Show each step."),
               ("dn-fw", "Solve for x ≤ ３: 2x + 3 = 11. Show each step."),
               ("dn-fwgt", "Solve for x > ５: 2x + 3 = 11. Show each step."),
               ("dn-empty", "Solve for x: 2x + 3 = 11 with x ∈ ∅. Show each step."),
               ("dn-int", "Solve for x: 2x + 3 = 11, x ∈ (5, ∞). Show each step."),
               ("dn-rneg", "Solve for x ∈ ℝ⁻: 2x + 3 = 11. Show each step."),
               ("dn-st", "Solve for x: 2x + 3 = 11 s.t. x < 0. Show each step."),
               ("dn-neg", "Solve for x: 2x + 3 = 11 where x is negative. Show each step."),
               ("dn-odd", "Solve for x: 2x + 3 = 11 where x is odd. Show each step."),
               ("dn-prime", "Solve for x: 2x + 3 = 11 where x is prime. Show each step."),
               ("dn-aneg", "Solve for x: 2x + 3 = 11 for a negative x. Show each step."),
               ("dn-negx", "Solve for negative x: 2x + 3 = 11. Show each step."),
               ("dn-over", "Solve for x: 2x + 3 = 11 over the negatives. Show each step."),
               ("dn-less", "Solve for x: 2x + 3 = 11 with x less than zero. Show each step."),
               ("dn-above", "Solve for x: 2x + 3 = 11 with x above ten. Show each step."),
               ("dn-frac", "Solve for x: 2x + 3 = 11 for a non-integer x. Show each step."),
               ("dn-cjk", "Solve for x: 2x + 3 = 11 (x＜０). Show each step.")]:
    r109_v(id, "r109_domain2", "a", pr, "x", r109_NR, r109_A)
for id, pr in [("dn-pos", "Solve for positive x: 2x + 3 = 11. Show each step."),
               ("dn-even", "Solve for x: 2x + 3 = 11 where x is even. Show each step."),
               ("dn-real", "Solve for x ∈ ℝ: 2x + 3 = 11. Show each step.")]:
    r109_v(id, "r109_domain2_safe", "a", pr, "x", "4", None, safe=True)

# changes in read words
for id, pr, val, right in [
        ("cw-opp", "Solve for x: 2x + 3 = 11. Show each step. Use the opposite sign.", "7", "2x - 3 = 11\n2x = 14\nx = 7"),
        ("cw-flip", "Solve for x: 2x + 3 = 11. Show each step. Flip the sign of the constant.", "7", "2x - 3 = 11\n2x = 14\nx = 7"),
        ("cw-negr", "Solve for x: 2x + 3 = 11. Show each step. Negate the right side.", "-7", "2x + 3 = -11\n2x = -14\nx = -7"),
        ("cw-dblr", "Solve for x: 2x + 3 = 11. Show each step. Double the right side.", "19/2", "2x + 3 = 22\n2x = 19\nx = 19/2"),
        ("cw-drop", "Solve for x: 2x + 3 = 11. Show each step. Drop the constant.", "11/2", "2x = 11\nx = 11/2"),
        ("cw-ign", "Solve for x: 2x + 3 = 11. Show each step. Ignore the coefficient.", "8", "x + 3 = 11\nx = 8"),
        ("cw-two3", "Solve for x: 2x + 3 = 11. Show each step. Treat the two as a three.", "8/3", "3x + 3 = 11\n3x = 8\nx = 8/3"),
        ("cw-read12", "Solve for x: 2x + 3 = 11. Show each step. Read eleven as twelve.", "9/2", "2x + 3 = 12\n2x = 9\nx = 9/2"),
        ("cw-inst", "Solve for x: 2x + 3 = 11. Show each step. With twelve on the right instead.", "9/2", "2x + 3 = 12\n2x = 9\nx = 9/2"),
        ("cw-really", "Solve for x: 2x + 3 = 11. Show each step. The right side is really twelve.", "9/2", "2x + 3 = 12\n2x = 9\nx = 9/2"),
        ("cw-seven", "Solve for x: 2x + 3 = 11. Show each step. Same again, but with seven for the three.", "2", "2x + 7 = 11\n2x = 4\nx = 2"),
        ("cw-wait", "Solve for x: 2x + 3 = 11 — no wait, twelve. Show each step.", "9/2", "2x + 3 = 12\n2x = 9\nx = 9/2"),
        ("cw-typo", "Solve for x: 2x + 3 = 11. Show each step. Typo: the eleven should be a thirteen.", "5", "2x + 3 = 13\n2x = 10\nx = 5"),
        ("cw-swapc", "Solve for x: 2x + 3 = 11. Show each step. Swap the coefficient and the constant.", "3", "3x + 2 = 11\n3x = 9\nx = 3"),
        ("cw-swaps", "Solve for x: 2x + 3 = 11. Show each step. Swap the constants.", "-4", "2x + 11 = 3\n2x = -8\nx = -4"),
        ("cw-fw", "Solve for x: 2x + 3 = 11. Show each step. Right side: １３.", "5", "2x + 3 = 13\n2x = 10\nx = 5"),
        ("cw-arrow", "Solve for x: 2x + 3 = 11 → 2x + 3 = 13. Show each step.", "5", "2x + 3 = 13\n2x = 10\nx = 5"),
        ("cw-strike", "Solve for x: 2x + 3 = 1̶1̶ 13. Show each step.", "5", "2x + 3 = 13\n2x = 10\nx = 5"),
        ("cw-cjk", "Solve for x: 2x + 3 = 11（右边改为13）. Show each step.", "5", "2x + 3 = 13\n2x = 10\nx = 5"),
        ("cw-minus", "Solve for x: 2x + 3 = 11, minus instead. Show each step.", "7", "2x - 3 = 11\n2x = 14\nx = 7")]:
    r109_v(id, "r109_words2", "a", pr, "x", val, right)

# a second equation in read words and marks
for id, pr, var, val, right in [
        ("sy-twice", "Solve for x: 2x + 3 = 11. Show each step. Then give y, if y is twice x.", "y", "8", r109_A + "\ny = 8"),
        ("sy-sq", "Solve for x: 2x + 3 = 11. Show each step. Let y be x squared; give y.", "y", "16", r109_A + "\ny = 16"),
        ("sy-sq2", "Solve for x: 2x + 3 = 11. Show each step. Give y for y = x².", "y", "16", r109_A + "\ny = 16"),
        ("sy-def", "Solve for x: 2x + 3 = 11; y := x + 1. Give y.", "y", "5", r109_A + "\ny = 5"),
        ("sy-impl", "Solve for x: 2x + 3 = 11 ⇒ y = 2x. Give y.", "y", "8", r109_A + "\ny = 8"),
        ("sy-asg", "Solve for x: 2x + 3 = 11, then x ← x + 1. Show each step.", "q", "5", r109_A + "\n#### 5"),
        ("sy-xx", "Solve for x: 2x + 3 = 11. Show each step. And y = x + x; give y.", "y", "8", r109_A + "\ny = 8"),
        ("sy-fw", "Solve for x: 2x + 3 = 11. Show each step. y＝x＋１; give y.", "y", "5", r109_A + "\ny = 5"),
        ("sy-word", "Solve for x: 2x + 3 = 11. Show each step. Give y, where y is one more than x.", "y", "5", r109_A + "\ny = 5"),
        ("sy-half", "Solve for x: 2x + 3 = 11. Show each step. Give y, where y is half of x.", "y", "2", r109_A + "\ny = 2"),
        ("sy-comma", "Solve for x, then y: 2x + 3 = 11, y = x − 1.", "y", "3", r109_A + "\ny = 3")]:
    r109_v(id, "r109_system2", "a", pr, var, val, right)

# ================================================================ batch 3: the target in the "solve for" slot; relation marks; marks on the variable
for id, pr, val in [
        ("sf-2x", "Solve for 2x: 2x + 3 = 11. Show each step.", "8"),
        ("sf-xp1", "Solve for x + 1: 2x + 3 = 11. Show each step.", "5"),
        ("sf-xsq", "Solve for x²: 2x + 3 = 11. Show each step.", "16"),
        ("sf-negx", "Solve for −x: 2x + 3 = 11. Show each step.", "-4"),
        ("sf-half", "Solve for x/2: 2x + 3 = 11. Show each step.", "2"),
        ("sf-fw2x", "Solve for ２x: 2x + 3 = 11. Show each step.", "8"),
        ("sf-pct", "Solve for x%: 2x + 3 = 11. Show each step.", "400"),
        ("sf-pctin", "Solve for x in %: 2x + 3 = 11. Show each step.", "400"),
        ("sf-then", "Solve for x, then for 2x: 2x + 3 = 11. Show each step.", "8"),
        ("sf-end2x", "Solve 2x + 3 = 11 for 2x. Show each step.", "8"),
        ("sf-endxp3", "Solve 2x + 3 = 11 for x + 3. Show each step.", "7"),
        ("sf-dot", "Solve for 2·x: 2x + 3 = 11. Show each step.", "8"),
        ("sf-tex", "Solve for $2x$: 2x + 3 = 11. Show each step.", "8"),
        ("sf-again", "Solve for x: 2x + 3 = 11. Show each step. Then solve for 2x.", "8"),
        ("sf-xx", "Solve for x·x: 2x + 3 = 11. Show each step.", "16")]:
    r109_v(id, "r109_solvefor", "a", pr, "q", val, r109_A + "\n#### " + val)
for id, pr in [
        ("rel-le", "Solve for x: 2x + 3 ≤ 11. Show each step."),
        ("rel-ne", "Solve for x: 2x + 3 ≠ 11. Show each step."),
        ("rel-ge", "Solve for x: 2x + 3 ≥ 11. Show each step."),
        ("rel-slash", "Solve for x: 2x + 3 =/= 11. Show each step."),
        ("rel-bang", "Solve for x: 2x + 3 != 11. Show each step."),
        ("rel-leq", "Solve for x: 2x + 3 <= 11. Show each step."),
        ("rel-geq", "Solve for x: 2x + 3 >= 11. Show each step."),
        ("rel-eqlt", "Solve for x: 2x + 3 =< 11. Show each step."),
        ("rel-slle", "Solve for x: 2x + 3 ⩽ 11. Show each step."),
        ("rel-leqq", "Solve for x: 2x + 3 ≦ 11. Show each step."),
        ("rel-pm", "Solve for x: 2x + 3 = 11 ± 1. Show each step."),
        ("rel-pml", "Solve for x: 2x ± 3 = 11. Show each step."),
        ("rel-pmr", "Solve for x: 2x + 3 = ±11. Show each step."),
        ("rel-mp", "Solve for x: 2x ∓ 3 = 11. Show each step."),
        ("rel-lt", "Solve for x: 2x + 3 < 11. Show each step."),
        ("rel-fwlt", "Solve for x: 2x + 3 ＜ 11. Show each step."),
        ("rel-fweq", "Solve for x: 2x + 3 ＝ 13. Show each step."),
        ("rel-cong", "Solve for x: 2x + 3 ≅ 13. Show each step."),
        ("rel-approx", "Solve for x: 2x + 3 ≈ 13. Show each step."),
        ("rel-def", "Solve for x: 2x + 3 ≔ 13. Show each step."),
        ("rel-ll", "Solve for x: 2x + 3 ≪ 11. Show each step."),
        ("rel-notin", "Solve for x: 2x + 3 ≯ 11. Show each step.")]:
    val = {"rel-fweq": "5", "rel-cong": "5", "rel-approx": "5", "rel-def": "5"}.get(id, r109_NR)
    right = "2x + 3 = 13\n2x = 10\nx = 5" if val == "5" else r109_A
    r109_v(id, "r109_relation", "a", pr, "x", val, right)
for id, pr, val in [
        ("rel-eqeq", "Solve for x: 2x + 3 == 11. Show each step.", "4"),
        ("rel-asg", "Solve for x: 2x + 3 := 11. Show each step.", "4"),
        ("vm-bold", "Solve for x: 2𝐱 + 3 = 11. Show each step.", "4")]:
    r109_v(id, "r109_relation_safe", "a", pr, "x", val, None, safe=True)
for id, pr in [
        ("vm-bar", "Solve for x: 2x̄ + 3 = 11. Show each step."),
        ("vm-prime", "Solve for x: 2x' + 3 = 11. Show each step."),
        ("vm-prime2", "Solve for x: 2x′ + 3 = 11. Show each step."),
        ("vm-sub", "Solve for x: 2x₁ + 3 = 11. Show each step."),
        ("vm-hat", "Solve for x: 2x̂ + 3 = 11. Show each step."),
        ("vm-dot", "Solve for x: 2ẋ + 3 = 11. Show each step."),
        ("vm-star", "Solve for x: 2x* + 3 = 11. Show each step."),
        ("vm-cap", "Solve for x: 2X + 3 = 11. Show each step."),
        ("vm-vec", "Solve for x: 2x⃗ + 3 = 11. Show each step."),
        ("vm-tilde", "Solve for x: 2x̃ + 3 = 11. Show each step."),
        ("vm-sup", "Solve for x: 2xᵀ + 3 = 11. Show each step."),
        ("vm-xsub0", "Solve for x: 2x_0 + 3 = 11. Show each step."),
        ("vm-angle", "Solve for x: 2⟨x⟩ + 3 = 11, x a vector. Show each step."),
        ("vm-sq", "Solve for x: 2x² + 3 = 11 with x > 0, then give x². Show each step.")]:
    r109_v(id, "r109_varmark", "a", pr, "x", r109_NR, r109_A)
# the same marks on base c (two x terms)
for id, pr, val, right in [
        ("vc-prime", "Solve for x: 5x' - 7 = 3x + 9. Show each step.", r109_NR, r109_C),
        ("vc-sq", "Solve for x: 5x - 7 = 3x² + 9. Show each step.", r109_NR, r109_C),
        ("vc-le", "Solve for x: 5x - 7 ≤ 3x + 9. Show each step.", r109_NR, r109_C),
        ("vc-umin", "Solve for x: 5x − 7 = 3x − 9. Show each step.", "-1", "5x - 7 = 3x - 9\n2x - 7 = -9\n2x = -2\nx = -1"),
        ("vc-fw", "Solve for x: 5x - 7 = ３x + 9. Show each step.", "8", None)]:
    if right is None:
        r109_v(id, "r109_varmark_safe", "c", pr, "x", val, None, safe=True)
    else:
        r109_v(id, "r109_varmark", "c", pr, "x", val, right)

# ================================================================ batch 4: the star after the variable (the engine reads "x* + 3" as x·(+3)) and kin
for id, pr in [
        ("st-nosp", "Solve for x: 2x*+3 = 11. Show each step."),
        ("st-sp", "Solve for x: 2x * + 3 = 11. Show each step."),
        ("st-minus", "Solve for x: 2x* - 3 = 11. Show each step."),
        ("st-one", "Solve for x: x* + 3 = 11. Show each step."),
        ("st-dot", "Solve for x: 2x· + 3 = 11. Show each step."),
        ("st-times", "Solve for x: 2x× + 3 = 11. Show each step."),
        ("st-slash", "Solve for x: 2x/ + 3 = 11. Show each step."),
        ("st-caret", "Solve for x: 2x^ + 3 = 11. Show each step."),
        ("st-dstar", "Solve for x: 2x** + 3 = 11. Show each step."),
        ("st-rhs", "Solve for x: 2x + 3 = 11* + 1. Show each step."),
        ("st-c", "Solve for x: 5x* - 7 = 3x + 9. Show each step."),
        ("st-c2", "Solve for x: 5x - 7 = 3x* + 9. Show each step."),
        ("st-ast", "Solve for x: 2x∗ + 3 = 11. Show each step."),
        ("st-fwstar", "Solve for x: 2x＊ + 3 = 11. Show each step."),
        ("st-md", "Solve for x: 2*x* + 3 = 11 (x* is the optimum). Show each step."),
        ("st-y", "Solve for y*: 2y* + 3 = 11. Show each step.")]:
    r109_v(id, "r109_star", "a" if "-c" not in id else "c", pr, "x", r109_NR, r109_stale["a" if "-c" not in id else "c"])
# footnote stars after the equation
for id, pr, var, val, right in [
        ("fn-cm", "Solve for x: 2x + 3 = 11*. Show each step.\n* x in metres; give x in cm.", "q", "400", r109_A + "\n#### 400"),
        ("fn-corr", "Solve for x: 2x + 3 = 11*. Show each step.\n*Correction: the right side is 13.", "x", "5", "2x + 3 = 13\n2x = 10\nx = 5"),
        ("fn-bare", "Solve for x: 2x + 3 = 11*. Show each step.", "x", "4", None),
        ("fn-dbl", "Solve for x*: 2x + 3 = 11. Show each step.\n* give twice x.", "q", "8", r109_A + "\n#### 8"),
        ("fn-neg", "Solve for x: 2x + 3 = 11.* Show each step.\n* x must be negative.", "x", r109_NR, r109_A),
        ("fn-dag", "Solve for x: 2x + 3 = 11†. Show each step.\n† the 11 is a misprint for 13.", "x", "5", "2x + 3 = 13\n2x = 10\nx = 5")]:
    if right is None:
        r109_v(id, "r109_footnote_safe", "a", pr, var, val, None, safe=True)
    else:
        r109_v(id, "r109_footnote", "a", pr, var, val, right)

# ================================================================ batch 5: markdown emphasis on the variable ("2*x* + 3 = 11" is 2x + 3 = 11 in italics)
r109_md = [  # (id, base, prompt, value, model's right answer)
 ("md-a", "a", "Solve for *x*: 2*x* + 3 = 11. Show each step.", "4", r109_A),
 ("md-a2", "a", "Solve for x: 2*x* + 3 = 11. Show each step.", "4", r109_A),
 ("md-a13", "a", "Solve for *x*: 2*x* + 3 = 13. Show each step.", "5", "2x + 3 = 13\n2x = 10\nx = 5"),
 ("md-amin", "a", "Solve for *x*: 2*x* - 3 = 11. Show each step.", "7", "2x - 3 = 11\n2x = 14\nx = 7"),
 ("md-aumin", "a", "Solve for *x*: 2*x* − 3 = 11. Show each step.", "7", "2x - 3 = 11\n2x = 14\nx = 7"),
 ("md-asp", "a", "Solve for *x*: 2 *x* + 3 = 11. Show each step.", "4", r109_A),
 ("md-under", "a", "Solve for _x_: 2_x_ + 3 = 11. Show each step.", "4", r109_A),
 ("md-bold", "a", "Solve for **x**: 2**x** + 3 = 11. Show each step.", "4", r109_A),
 ("md-esc", "a", "Solve for \\*x\\*: 2\\*x\\* + 3 = 11. Show each step.", "4", r109_A),
 ("md-lead", "a", "Solve for *x*: *x* + 3 = 7. Show each step.", "4", "x + 3 = 7\nx = 4"),
 ("md-4x", "a", "Solve for *x*: 4*x* - 2 = 10. Show each step.", "3", "4x - 2 = 10\n4x = 12\nx = 3"),
 ("md-c", "c", "Solve for *x*: 5*x* - 7 = 3*x* + 9. Show each step.", "8", r109_C),
 ("md-c2", "c", "Solve for x: 5x - 7 = 3*x* + 9. Show each step.", "8", r109_C),
 ("md-c3", "c", "Solve for *x*: 5*x* - 7 = 3*x* + 13. Show each step.", "10", "5x - 7 = 3x + 13\n2x - 7 = 13\n2x = 20\nx = 10"),
 ("md-two", "a", "Solve for *x*: 2*x* + 3*x* = 10. Show each step.", "2", "2x + 3x = 10\n5x = 10\nx = 2"),
 ("md-rhs", "a", "Solve for *x*: 11 = 2*x* + 3. Show each step.", "4", "11 = 2x + 3\n8 = 2x\nx = 4"),
 ("md-par", "a", "Solve for *x*: 2(*x* + 3) = 14. Show each step.", "4", "2(x + 3) = 14\nx + 3 = 7\nx = 4"),
 ("md-div", "a", "Solve for *x*: *x*/2 + 3 = 5. Show each step.", "4", "x/2 + 3 = 5\nx/2 = 2\nx = 4"),
 ("md-p-min", "a", "Solve for x: 2*x* - 3 = 11. Show each step.", "7", "2x - 3 = 11\n2x = 14\nx = 7"),
 ("md-p-4x", "a", "Solve for x: 4*x* - 2 = 10. Show each step.", "3", "4x - 2 = 10\n4x = 12\nx = 3"),
 ("md-p-13", "a", "Solve for x: 2*x* + 3 = 13. Show each step.", "5", "2x + 3 = 13\n2x = 10\nx = 5"),
 ("md-p-rhs", "a", "Solve for x: 11 = 2*x* + 3. Show each step.", "4", "11 = 2x + 3\n8 = 2x\nx = 4"),
 ("md-p-c", "c", "Solve for x: 5*x* - 7 = 3*x* + 9. Show each step.", "8", r109_C),
 ("md-p-find", "a", "Find x: 2*x* + 3 = 11. Show each step.", "4", r109_A),
 ("md-p-what", "a", "What is x if 2*x* + 3 = 11? Show each step.", "4", r109_A),
 ("md-p-both", "a", "Solve for x: 3*x* + 1 = 2*x* + 5. Show each step.", "4", "3x + 1 = 2x + 5\nx + 1 = 5\nx = 4"),
 ("md-p-sp", "a", "Solve for x: 2 *x* + 3 = 11. Show each step.", "4", r109_A),
 ("md-p-7x", "a", "Solve for x: 7*x* + 3 = 24. Show each step.", "3", "7x + 3 = 24\n7x = 21\nx = 3"),
 ("md-p-plain", "a", "Solve for x: 2*x* + 3 = 11.", "4", r109_A),
]
for id, base, pr, val, right in r109_md:
    answers_right = right
    r109_v(id, "r109_markdown", base, pr, "x", val, answers_right)

# ================================================================ batch 6: the model answers in the request's own markdown; degree and other glued marks
for id, base, pr, val, right in [
        ("mm-a", "a", "Solve for x: 2*x* + 5 = 11. Show each step.", "3", "2*x* + 5 = 11\n2*x* = 6\n*x* = 3"),
        ("mm-b", "a", "Solve for x: 6*x* + 3 = 15. Show each step.", "2", "6*x* + 3 = 15\n6*x* = 12\nx = 2"),
        ("dg-a", "a", "Solve for x: 2x° + 3° = 11°. Show each step.", "4", "2x + 3 = 11\n2x = 8\nx = 4"),
        ("dg-b", "a", "Solve for x: 2x° + 3 = 13. Show each step.", "5", "2x + 3 = 13\n2x = 10\nx = 5"),
        ("gl-eur", "a", "Solve for x: 2x€ + 3 = 13. Show each step.", "5", "2x + 3 = 13\n2x = 10\nx = 5"),
        ("gl-cent", "a", "Solve for x: 2x¢ + 3 = 13. Show each step.", "5", "2x + 3 = 13\n2x = 10\nx = 5"),
        ("gl-dstar", "a", "Solve for x: 2x\\* + 3 = 13. Show each step.", "5", "2x + 3 = 13\n2x = 10\nx = 5"),
        ("gl-colon", "a", "Solve for x: 2x: + 3 = 13. Show each step.", "5", "2x + 3 = 13\n2x = 10\nx = 5"),
        ("gl-mdot", "a", "Solve for x: 2x⋅ + 3 = 13. Show each step.", r109_NR, "2x + 3 = 13\n2x = 10\nx = 5")]:
    r109_v(id, "r109_glued", base, pr, "x", val, right)

# Left out: "Solve for x: 2X + 3 = 11" answered "X = 4" (the tester called it
# arguable: right if X is read as x).
P[:] = [p for p in P if p["id"] not in {"d109-vm-cap"}]
