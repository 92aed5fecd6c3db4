"""Red-team round 92 (black box, stepcache-s31): see FINDINGS.md. Adds its probes to probe_kit.P."""
from probe_kit import P, S, J, E, open_probe  # noqa: F401


# ---------------------------------------------------------------- answer writers
def r92_sol(eqs, style=0, var="x", descs=None, tail=None):
    """A realistic solution: eqs[0] restates the equation, eqs[-1] is 'x = v'."""
    final = eqs[-1]
    if style == 0:   # Step n:
        out = ["Step %d: %s%s" % (i + 1, (descs[i] + ": ") if descs and i < len(descs) and descs[i] else "", e)
               for i, e in enumerate(eqs)]
        out.append("So %s." % final)
    elif style == 1:  # arrows
        out = [" → ".join(eqs), "So %s" % final]
    else:            # prose
        out = ["We start from %s." % eqs[0]]
        for i, e in enumerate(eqs[1:], 1):
            d = descs[i] if descs and i < len(descs) and descs[i] else "Then"
            out.append("%s: %s" % (d, e))
        out.append("Therefore %s." % final)
    if tail:
        out.append(tail)
    return "\n".join(out)


def r92_mixed(stale, right):
    """The stale base steps first, then the right steps after a realisation."""
    return stale + "\nWait, I solved the wrong equation. Again:\n" + right


def r92_rep(sol, line):
    return sol + "\n" + line


# ================================================================ A. implicit multiplication 2(x+3)=14
r92_a = r92_sol(["2(x + 3) = 14", "2x + 6 = 14", "2x = 8", "x = 4"], 0,
                descs=["", "Expand the bracket", "Subtract 6 from both sides", "Divide both sides by 2"])
r92_a_ar = r92_sol(["2(x + 3) = 14", "2x + 6 = 14", "2x = 8", "x = 4"], 1)
E("d92-a-base", "r92_implicit", "Solve for x: 2(x+3)=14. Show each step.", "x", "4", [r92_a])
E("d92-a-sp-safe", "r92_implicit_safe", "Solve for x: 2 (x + 3) = 14. Show each step.", "x", "4", [r92_a], safe=True)
E("d92-a-post-safe", "r92_implicit_safe", "Solve for x: (x+3)2=14. Show each step.", "x", "4",
  [r92_sol(["(x + 3)2 = 14", "2x + 6 = 14", "2x = 8", "x = 4"], 0)], safe=True)
E("d92-a-brk-safe", "r92_implicit_safe", "Solve for x: 2[x+3]=14. Show each step.", "x", "4", [r92_a], safe=True)
E("d92-a-half", "r92_implicit", "Solve for x: 2(x+3)=14/2. Show each step.", "x", "1/2",
  [r92_a, r92_sol(["2(x + 3) = 14/2", "2x + 6 = 7", "2x = 1", "x = 1/2"], 0)])
E("d92-a-dbl", "r92_implicit", "Solve for x: 2(x+3)=14·2. Show each step.", "x", "11",
  [r92_a, r92_sol(["2(x + 3) = 28", "2x + 6 = 28", "2x = 22", "x = 11"], 0)])
E("d92-a-inner", "r92_implicit", "Solve for x: 2(x+3x)=14. Show each step.", "x", "7/4",
  [r92_a, r92_sol(["2(x + 3x) = 14", "2(4x) = 14", "8x = 14", "x = 7/4"], 0)])
E("d92-a-post3", "r92_implicit", "Solve for x: (x+3)3=14. Show each step.", "x", "5/3",
  [r92_a, r92_sol(["3(x + 3) = 14", "3x + 9 = 14", "3x = 5", "x = 5/3"], 0)])
E("d92-a-bracket-q", "r92_report_words", "Solve for x: 2(x+3)=14. Show each step, then say what the bracket equals.", "x", "4",
  [r92_a, r92_rep(r92_a, "x + 3 = 7")], report={"expression": "x+3", "value": "7"})
E("d92-a-it-safe", "r92_lang_safe", "Risolvi per x: 2(x+3)=14. Mostra ogni passaggio.", "x", "4", [r92_a], safe=True)
E("d92-a-it-dbl", "r92_lang_report", "Risolvi per x: 2(x+3)=14. Mostra ogni passaggio e dai il doppio di x.", "x", "4",
  [r92_a, r92_rep(r92_a, "2x = 8")], report={"expression": "2x", "value": "8"})
E("d92-a-note3", "r92_hidden_note", "Solve for x: 2(x+3)=14. Show each step. Note: actually the bracket is multiplied by three.", "x", "5/3",
  [r92_a, r92_sol(["3(x + 3) = 14", "3x + 9 = 14", "3x = 5", "x = 5/3"], 0)])
E("d92-a-note4", "r92_hidden_note", "Solve for x: 2(x+3)=14. Show each step. The factor in front should be a four, sorry.", "x", "1/2",
  [r92_a, r92_sol(["4(x + 3) = 14", "4x + 12 = 14", "4x = 2", "x = 1/2"], 0)])
E("d92-a-check-safe", "r92_check_safe", "Solve for x: 2(x+3)=14, then check by substituting. Show each step.", "x", "4",
  [r92_sol(["2(x + 3) = 14", "2x + 6 = 14", "2x = 8", "x = 4"], 0, tail="Check: 2(4 + 3) = 14\nSo x = 4.")], safe=True)

# ================================================================ B. fractions x/4 + 1 = 3
r92_b = r92_sol(["x/4 + 1 = 3", "x/4 = 2", "x = 8"], 1)
E("d92-b-base", "r92_fraction", "Solve for x: x/4 + 1 = 3. Show each step.", "x", "8", [r92_b])
E("d92-b-paren-safe", "r92_fraction_safe", "Solve for x: (x/4) + 1 = 3. Show each step.", "x", "8", [r92_b], safe=True)
E("d92-b-coef-safe", "r92_fraction_safe", "Solve for x: (1/4)x + 1 = 3. Show each step.", "x", "8",
  [r92_sol(["(1/4)x + 1 = 3", "(1/4)x = 2", "x = 8"], 1)], safe=True)
E("d92-b-fslash", "r92_fraction_glyph", "Solve for x: x⁄4 + 1 = 3. Show each step.", "x", "8", [r92_b])
E("d92-b-dslash", "r92_fraction_glyph", "Solve for x: x∕4 + 1 = 3. Show each step.", "x", "8", [r92_b])
E("d92-b-fslash2", "r92_fraction_glyph", "Solve for x: x⁄2 + 1 = 3. Show each step.", "x", "4",
  [r92_b, r92_sol(["x/2 + 1 = 3", "x/2 = 2", "x = 4"], 1)])
E("d92-b-dslash2", "r92_fraction_glyph", "Solve for x: x∕2 + 1 = 3. Show each step.", "x", "4",
  [r92_b, r92_sol(["x/2 + 1 = 3", "x/2 = 2", "x = 4"], 1)])
E("d92-b-mixed", "r92_mixed_number", "Solve for x: x/4 + 1 = 3 1/2. Show each step.", "x", "10",
  [r92_b, r92_sol(["x/4 + 1 = 7/2", "x/4 = 5/2", "x = 10"], 1)])
E("d92-b-mixed2", "r92_mixed_number", "Solve for x: 1 1/2 x = 6. Show each step.", "x", "4",
  [r92_sol(["(3/2)x = 6", "x = 6 · 2/3", "x = 4"], 1)])
E("d92-b-recip", "r92_fraction", "Solve for x: 4/x + 1 = 3. Show each step.", "x", "2",
  [r92_b, r92_sol(["4/x + 1 = 3", "4/x = 2", "4 = 2x", "x = 2"], 1)])
E("d92-b-rhsfrac", "r92_fraction", "Solve for x: x/4 + 1 = 3/4. Show each step.", "x", "-1",
  [r92_b, r92_sol(["x/4 + 1 = 3/4", "x/4 = -1/4", "x = -1"], 1)])
r92_bw = r92_sol(["x/4 + 1 = 3", "x/4 = 2", "x = 8"], 2, descs=["", "Subtract 1 from both sides", "Multiply both sides by 4"])
E("d92-bw-base", "r92_words", "Solve for x: a quarter of x plus one is three. Show each step.", "x", "8", [r92_bw])
E("d92-bw-third", "r92_words", "Solve for x: a third of x plus one is three. Show each step.", "x", "6",
  [r92_bw, r92_sol(["x/3 + 1 = 3", "x/3 = 2", "x = 6"], 2)])
E("d92-bw-minus", "r92_words", "Solve for x: a quarter of x minus one is three. Show each step.", "x", "16",
  [r92_bw, r92_sol(["x/4 - 1 = 3", "x/4 = 4", "x = 16"], 2)])
E("d92-bw-over", "r92_words", "Solve for x: x over 4 plus 1 equals 5. Show each step.", "x", "16",
  [r92_b, r92_sol(["x/4 + 1 = 5", "x/4 = 4", "x = 16"], 1)])

# ================================================================ C. decimal comma
r92_c = r92_sol(["0.5x = 2", "x = 2 / 0.5", "x = 4"], 2, descs=["", "Divide both sides by 0.5", "Simplify"])
E("d92-c-base", "r92_comma", "Solve for x: 0.5x = 2. Show each step.", "x", "4", [r92_c])
E("d92-c-comma-safe", "r92_comma_safe", "Solve for x: 0,5x = 2. Show each step.", "x", "4", [r92_c], safe=True)
E("d92-c-rhs", "r92_comma", "Solve for x: 0,5x = 2,5. Show each step.", "x", "5",
  [r92_c, r92_sol(["0.5x = 2.5", "x = 2.5 / 0.5", "x = 5"], 2)])
E("d92-c-coef", "r92_comma", "Solve for x: 1,5x = 3. Show each step.", "x", "2",
  [r92_c, r92_sol(["1.5x = 3", "x = 3 / 1.5", "x = 2"], 2)])
E("d92-c-de-safe", "r92_comma_safe", "Löse nach x auf: 0,5x = 2. Zeige jeden Schritt.", "x", "4", [r92_c], safe=True)
E("d92-c-de-rhs", "r92_comma", "Löse nach x auf: 0,5x = 2,5. Zeige jeden Schritt.", "x", "5",
  [r92_c, r92_sol(["0.5x = 2.5", "x = 2.5 / 0.5", "x = 5"], 2)])
r92_c5 = r92_sol(["5x = 2", "x = 2/5"], 0)
E("d92-c5-base", "r92_comma", "Solve for x: 5x = 2. Show each step.", "x", "2/5", [r92_c5])
E("d92-c5-comma", "r92_comma", "Solve for x: 0,5x = 2. Show each step, please.", "x", "4",
  [r92_c5, r92_sol(["0.5x = 2", "x = 4"], 0)])
E("d92-c5-comma2", "r92_comma", "Solve for x: 2,5x = 2. Show each step.", "x", "4/5",
  [r92_c5, r92_sol(["2.5x = 2", "x = 2/2.5", "x = 4/5"], 0)])
r92_c2 = r92_sol(["2x + 1 = 9", "2x = 8", "x = 4"], 0)
E("d92-c2-base", "r92_comma", "Solve for x: 2x + 1 = 9. Show each step.", "x", "4", [r92_c2])
E("d92-c2-coef", "r92_comma", "Solve for x: 3,2x + 1 = 9. Show each step.", "x", "5/2",
  [r92_c2, r92_sol(["3.2x + 1 = 9", "3.2x = 8", "x = 2.5"], 0)])
E("d92-c2-const", "r92_comma", "Solve for x: 2x + 1,5 = 9. Show each step.", "x", "15/4",
  [r92_c2, r92_sol(["2x + 1.5 = 9", "2x = 7.5", "x = 3.75"], 0)])
E("d92-c2-fr", "r92_comma", "Résous pour x : 2x + 1 = 9,6. Montre chaque étape.", "x", "43/10",
  [r92_c2, r92_sol(["2x + 1 = 9.6", "2x = 8.6", "x = 4.3"], 0)])
E("d92-c2-de-thou", "r92_comma", "Löse nach x auf: 2x + 1 = 9.001. Zeige jeden Schritt.", "x", "4500",
  [r92_c2, r92_sol(["2x + 1 = 9001", "2x = 9000", "x = 4500"], 0)])

# ================================================================ D. equations in words
r92_d = r92_sol(["3x + 5 = 20", "3x = 15", "x = 5"], 2, descs=["", "Subtract five from both sides", "Divide both sides by three"])
E("d92-d-base", "r92_words", "Solve for x: three times a number x plus five is twenty. Show each step.", "x", "5", [r92_d])
E("d92-d-seven", "r92_words", "Solve for x: three times a number x plus seven is twenty. Show each step.", "x", "13/3",
  [r92_d, r92_sol(["3x + 7 = 20", "3x = 13", "x = 13/3"], 2)])
E("d92-d-minus", "r92_words", "Solve for x: three times a number x minus five is twenty. Show each step.", "x", "25/3",
  [r92_d, r92_sol(["3x - 5 = 20", "3x = 25", "x = 25/3"], 2)])
E("d92-d-four", "r92_words", "Solve for x: four times a number x plus five is twenty. Show each step.", "x", "15/4",
  [r92_d, r92_sol(["4x + 5 = 20", "4x = 15", "x = 15/4"], 2)])
E("d92-d-sum", "r92_words", "Solve for x: three times the sum of a number x and five is twenty. Show each step.", "x", "5/3",
  [r92_d, r92_sol(["3(x + 5) = 20", "3x + 15 = 20", "3x = 5", "x = 5/3"], 2)])
E("d92-d-decr", "r92_words", "Solve for x: three times a number x, decreased by five, is twenty. Show each step.", "x", "25/3",
  [r92_d, r92_sol(["3x - 5 = 20", "3x = 25", "x = 25/3"], 2)])
E("d92-d-de-safe", "r92_words_lang", "Löse nach x auf: dreimal eine Zahl x plus fünf ist zwanzig. Zeige jeden Schritt.", "x", "5", [r92_d])
E("d92-d-de-sieben", "r92_words_lang", "Löse nach x auf: dreimal eine Zahl x plus sieben ist zwanzig. Zeige jeden Schritt.", "x", "13/3",
  [r92_d, r92_sol(["3x + 7 = 20", "3x = 13", "x = 13/3"], 2)])
E("d92-d-fr-safe", "r92_words_lang", "Résous pour x : trois fois un nombre x plus cinq égale vingt. Montre chaque étape.", "x", "5", [r92_d])
E("d92-d-fr-moins", "r92_words_lang", "Résous pour x : trois fois un nombre x moins cinq égale vingt. Montre chaque étape.", "x", "25/3",
  [r92_d, r92_sol(["3x - 5 = 20", "3x = 25", "x = 25/3"], 2)])
E("d92-d-es-safe", "r92_words_lang", "Resuelve para x: tres veces un número x más cinco es igual a veinte. Muestra cada paso.", "x", "5", [r92_d])
E("d92-d-es-menos", "r92_words_lang", "Resuelve para x: tres veces un número x menos cinco es igual a veinte. Muestra cada paso.", "x", "25/3",
  [r92_d, r92_sol(["3x - 5 = 20", "3x = 25", "x = 25/3"], 2)])

# ================================================================ E. other languages, digits (base 4x - 3 = 9)
r92_e = r92_sol(["4x - 3 = 9", "4x = 12", "x = 3"], 0, descs=["", "Add 3 to both sides", "Divide by 4"])
E("d92-e-base", "r92_lang", "Solve for x: 4x - 3 = 9. Show each step.", "x", "3", [r92_e])
E("d92-e-de-safe", "r92_lang_safe", "Löse nach x auf: 4x - 3 = 9. Zeige jeden Schritt.", "x", "3", [r92_e], safe=True)
E("d92-e-fr-safe", "r92_lang_safe", "Résoudre pour x : 4x - 3 = 9. Montrer chaque étape.", "x", "3", [r92_e], safe=True)
E("d92-e-zh-safe", "r92_lang_safe", "解方程求x：4x - 3 = 9。写出每一步。", "x", "3", [r92_e], safe=True)
E("d92-e-de-plus1", "r92_lang_report", "Löse nach x auf: 4x - 3 = 9. Zeige jeden Schritt und gib x + 1 an.", "x", "3",
  [r92_e, r92_rep(r92_e, "x + 1 = 4")], report={"expression": "x+1", "value": "4"})
E("d92-e-fr-triple", "r92_lang_report", "Résoudre pour x : 4x - 3 = 9. Montrer chaque étape et donner le triple de x.", "x", "3",
  [r92_e, r92_rep(r92_e, "3x = 9")], report={"expression": "3x", "value": "9"})
E("d92-e-es-menos1", "r92_lang_report", "Resuelve para x: 4x - 3 = 9. Muestra cada paso y da x menos uno.", "x", "3",
  [r92_e, r92_rep(r92_e, "x - 1 = 2")], report={"expression": "x-1", "value": "2"})
E("d92-e-it-meta", "r92_lang_report", "Risolvi per x: 4x - 3 = 9. Mostra ogni passaggio e dai la metà di x.", "x", "3",
  [r92_e, r92_rep(r92_e, "x/2 = 3/2")], report={"expression": "x/2", "value": "3/2"})
E("d92-e-pt-dobro", "r92_lang_report", "Resolva para x: 4x - 3 = 9. Mostre cada passo e dê o dobro de x.", "x", "3",
  [r92_e, r92_rep(r92_e, "2x = 6")], report={"expression": "2x", "value": "6"})
E("d92-e-nl-drie", "r92_lang_report", "Los op voor x: 4x - 3 = 9. Laat elke stap zien en geef het drievoud van x.", "x", "3",
  [r92_e, r92_rep(r92_e, "3x = 9")], report={"expression": "3x", "value": "9"})
E("d92-e-sv-plus2", "r92_lang_report", "Lös ut x: 4x - 3 = 9. Visa varje steg och ange x plus två.", "x", "3",
  [r92_e, r92_rep(r92_e, "x + 2 = 5")], report={"expression": "x+2", "value": "5"})
E("d92-e-tr-iki", "r92_lang_report", "x için çöz: 4x - 3 = 9. Her adımı göster ve x'in iki katını ver.", "x", "3",
  [r92_e, r92_rep(r92_e, "2x = 6")], report={"expression": "2x", "value": "6"})
E("d92-e-zh-double", "r92_lang_report", "解方程求x：4x - 3 = 9。写出每一步，并给出x的两倍。", "x", "3",
  [r92_e, r92_rep(r92_e, "2x = 6")], report={"expression": "2x", "value": "6"})
E("d92-e-ja-double", "r92_lang_report", "xについて解け：4x - 3 = 9。各ステップを示し、xの二倍を答えよ。", "x", "3",
  [r92_e, r92_rep(r92_e, "2x = 6")], report={"expression": "2x", "value": "6"})
E("d92-e-ru-double", "r92_lang_report", "Решите относительно x: 4x - 3 = 9. Покажите каждый шаг и дайте удвоенное x.", "x", "3",
  [r92_e, r92_rep(r92_e, "2x = 6")], report={"expression": "2x", "value": "6"})
E("d92-e-ko-double", "r92_lang_report", "x에 대해 풀어라: 4x - 3 = 9. 각 단계를 보이고 x의 두 배를 답하라.", "x", "3",
  [r92_e, r92_rep(r92_e, "2x = 6")], report={"expression": "2x", "value": "6"})
E("d92-e-de-note", "r92_hidden_note_lang", "Löse nach x auf: 4x - 3 = 9. Zeige jeden Schritt. Hinweis: rechts steht eigentlich dreizehn.", "x", "4",
  [r92_e, r92_sol(["4x - 3 = 13", "4x = 16", "x = 4"], 0)])
E("d92-e-fr-note", "r92_hidden_note_lang", "Résoudre pour x : 4x - 3 = 9. Montrer chaque étape. NB : le 9 est une faute de frappe, il faut lire 13.", "x", "4",
  [r92_e, r92_sol(["4x - 3 = 13", "4x = 16", "x = 4"], 0)])
E("d92-e-es-note", "r92_hidden_note_lang", "Resuelve para x: 4x - 3 = 9. Muestra cada paso. Ojo: donde dice menos debe decir más.", "x", "3/2",
  [r92_e, r92_sol(["4x + 3 = 9", "4x = 6", "x = 3/2"], 0)])
E("d92-e-zh-note", "r92_hidden_note_lang", "解方程求x：4x - 3 = 9。写出每一步。更正：是加三，不是减三。", "x", "3/2",
  [r92_e, r92_sol(["4x + 3 = 9", "4x = 6", "x = 3/2"], 0)])
E("d92-e-ja-note", "r92_hidden_note_lang", "xについて解け：4x - 3 = 9。各ステップを示せ。訂正：右辺は十三です。", "x", "4",
  [r92_e, r92_sol(["4x - 3 = 13", "4x = 16", "x = 4"], 0)])

# ================================================================ F. two variables, one asked
r92_f = r92_sol(["3x + 2y = 19", "3x + 2(2) = 19", "3x + 4 = 19", "3x = 15", "x = 5"], 0)
E("d92-f-base", "r92_two_var", "Solve for x: 3x + 2y = 19, where y = 2. Show each step.", "x", "5", [r92_f])
E("d92-f-two-safe", "r92_two_var_safe", "Solve for x: 3x + 2y = 19, where y is two. Show each step.", "x", "5", [r92_f], safe=True)
E("d92-f-three", "r92_two_var", "Solve for x: 3x + 2y = 19, where y is three. Show each step.", "x", "13/3",
  [r92_f, r92_sol(["3x + 2(3) = 19", "3x + 6 = 19", "3x = 13", "x = 13/3"], 0)])
E("d92-f-five", "r92_two_var", "Solve for x: 3x + 2y = 19, where y equals five. Show each step.", "x", "3",
  [r92_f, r92_sol(["3x + 2(5) = 19", "3x + 10 = 19", "3x = 9", "x = 3"], 0)])
E("d92-f-de", "r92_two_var", "Löse nach x auf: 3x + 2y = 19, wobei y = 5. Zeige jeden Schritt.", "x", "3",
  [r92_f, r92_sol(["3x + 2(5) = 19", "3x + 10 = 19", "3x = 9", "x = 3"], 0)])
E("d92-f-y2x", "r92_two_var", "Solve for x: 3x + 2y = 19, where y = 2x. Show each step.", "x", "19/7",
  [r92_f, r92_sol(["3x + 2(2x) = 19", "7x = 19", "x = 19/7"], 0)])
E("d92-f-yneg", "r92_two_var", "Solve for x: 3x + 2y = 19, where y = −2. Show each step.", "x", "23/3",
  [r92_f, r92_sol(["3x + 2(-2) = 19", "3x - 4 = 19", "3x = 23", "x = 23/3"], 0)])
E("d92-f-yafter", "r92_two_var", "Solve for x: 3x + 2y = 19, where y = 2; y was later found to be 5. Show each step.", "x", "3",
  [r92_f, r92_sol(["3x + 2(5) = 19", "3x + 10 = 19", "3x = 9", "x = 3"], 0)])
E("d92-f-3x", "r92_two_var", "Solve for x: 3x + 2y = 19, where y = 2. Show each step and give 3x at the end.", "x", "5",
  [r92_f, r92_rep(r92_f, "3x = 15")], report={"expression": "3x", "value": "15"})
E("d92-f-yhalf", "r92_two_var", "Solve for x: 3x + 2y = 19, where y is half of two. Show each step.", "x", "17/3",
  [r92_f, r92_sol(["3x + 2(1) = 19", "3x + 2 = 19", "3x = 17", "x = 17/3"], 0)])

# ================================================================ G. systems
r92_g = r92_sol(["x + y = 10", "x - y = 4", "2x = 14", "x = 7"], 0)
E("d92-g-base", "r92_system", "Solve the system x + y = 10 and x - y = 4 for x. Show each step.", "x", "7", [r92_g])
E("d92-g-y", "r92_system", "Solve the system x + y = 10 and x - y = 4 for y. Show each step.", "y", "3",
  [r92_g, r92_sol(["x + y = 10", "x - y = 4", "2y = 6", "y = 3"], 0)])
E("d92-g-semi", "r92_system", "Solve for x: x + y = 10; x - y = 6. Show each step.", "x", "8",
  [r92_g, r92_sol(["x + y = 10", "x - y = 6", "2x = 16", "x = 8"], 0)])

# ================================================================ H. what is reported, base 5x - 4 = 21
r92_h = r92_sol(["5x - 4 = 21", "5x = 25", "x = 5"], 0, descs=["", "Add 4 to both sides", "Divide both sides by 5"])
E("d92-h-base", "r92_report", "Solve for x: 5x - 4 = 21. Show each step.", "x", "5", [r92_h])
E("d92-h-frac-safe", "r92_report_safe", "Solve for x: 5x - 4 = 21. Show each step and give x as a fraction if needed.", "x", "5", [r92_h])
E("d92-h-next", "r92_report_words", "Solve for x: 5x - 4 = 21. Show each step and give the next whole number after x.", "x", "5",
  [r92_h, r92_rep(r92_h, "x + 1 = 6")], report={"expression": "x+1", "value": "6"})
E("d92-h-prev", "r92_report_words", "Solve for x: 5x - 4 = 21. Show each step and state the whole number just before x.", "x", "5",
  [r92_h, r92_rep(r92_h, "x - 1 = 4")], report={"expression": "x-1", "value": "4"})
E("d92-h-sq", "r92_report_words", "Solve for x: 5x - 4 = 21. Show each step and then give x times itself.", "x", "5",
  [r92_h, r92_rep(r92_h, "x*x = 25")], report={"expression": "x*x", "value": "25"})
E("d92-h-for2x", "r92_report_lhs", "Solve for 2x: 5x - 4 = 21. Show each step.", "x", "5",
  [r92_h, r92_rep(r92_h, "2x = 10")], report={"expression": "2x", "value": "10"})
E("d92-h-forxp1", "r92_report_lhs", "Solve for x + 1: 5x - 4 = 21. Show each step.", "x", "5",
  [r92_h, r92_rep(r92_h, "x + 1 = 6")], report={"expression": "x+1", "value": "6"})
E("d92-h-find5x", "r92_report_lhs", "Find 5x: 5x - 4 = 21. Show each step.", "x", "5",
  [r92_sol(["5x - 4 = 21", "5x = 25"], 0)], report={"expression": "5x", "value": "25"})
E("d92-h-negx", "r92_report_lhs", "Solve for -x: 5x - 4 = 21. Show each step.", "x", "5",
  [r92_h, r92_rep(r92_h, "-x = -5")], report={"expression": "-x", "value": "-5"})
E("d92-h-check-safe", "r92_check_safe", "Solve for x: 5x - 4 = 21, then check. Show each step.", "x", "5",
  [r92_sol(["5x - 4 = 21", "5x = 25", "x = 5"], 0, tail="Check: 5(5) - 4 = 21\nSo x = 5.")], safe=True)
E("d92-h-check-de-safe", "r92_check_safe", "Löse nach x auf und mache die Probe: 5x - 4 = 21.", "x", "5",
  [r92_sol(["5x - 4 = 21", "5x = 25", "x = 5"], 0, tail="Probe: 5 · 5 - 4 = 21\nAlso x = 5.")], safe=True)
E("d92-h-y-words", "r92_report_words", "Solve for x: 5x - 4 = 21. Show each step, then give y, which is x squared.", "x", "5",
  [r92_h, r92_rep(r92_h, "y = 25")], report={"expression": "y", "value": "25"})
E("d92-h-sum", "r92_report_words", "Solve for x: 5x - 4 = 21. Show each step and state the sum of x and its double.", "x", "5",
  [r92_h, r92_rep(r92_h, "x + 2x = 15")], report={"expression": "x+2x", "value": "15"})
E("d92-h-dozen", "r92_report_words", "Solve for x: 5x - 4 = 21, where x counts dozens. Show each step and give the number of eggs.", "x", "5",
  [r92_h, r92_rep(r92_h, "12x = 60")], report={"expression": "12x", "value": "60"})
E("d92-h-hours", "r92_report_words", "Solve for x: 5x - 4 = 21, where x is in hours. Show each step and answer in minutes.", "x", "5",
  [r92_h, r92_rep(r92_h, "60x = 300")], report={"expression": "60x", "value": "300"})
E("d92-h-other", "r92_report_words", "Solve for x: 5x - 4 = 21. Show each step and give the other solution too, if there is one.", "x", "5",
  [r92_h])

# ================================================================ I. coefficient written elsewhere, base 3x + 5 = 20
r92_i = r92_sol(["3x + 5 = 20", "3x = 15", "x = 5"], 0, descs=["", "Subtract 5 from both sides", "Divide both sides by 3"])
E("d92-i-base", "r92_coef_form", "Solve for x: 3x + 5 = 20. Show each step.", "x", "5", [r92_i])
E("d92-i-xdot3-safe", "r92_coef_form_safe", "Solve for x: x·3 + 5 = 20. Show each step.", "x", "5", [r92_i], safe=True)
E("d92-i-xstar3-safe", "r92_coef_form_safe", "Solve for x: x*3 + 5 = 20. Show each step.", "x", "5", [r92_i], safe=True)
E("d92-i-3px-safe", "r92_coef_form_safe", "Solve for x: 3(x) + 5 = 20. Show each step.", "x", "5", [r92_i], safe=True)
E("d92-i-p3px-safe", "r92_coef_form_safe", "Solve for x: (3)(x) + 5 = 20. Show each step.", "x", "5", [r92_i], safe=True)
E("d92-i-xp3-safe", "r92_coef_form_safe", "Solve for x: x(3) + 5 = 20. Show each step.", "x", "5", [r92_i], safe=True)
E("d92-i-ast-safe", "r92_coef_form_safe", "Solve for x: 3∗x + 5 = 20. Show each step.", "x", "5", [r92_i], safe=True)
E("d92-i-x3", "r92_coef_form", "Solve for x: x3 + 5 = 20. Show each step.", "x", "5", [r92_i])
E("d92-i-3dotx", "r92_coef_form", "Solve for x: 3.x + 5 = 20. Show each step.", "x", "5", [r92_i])
E("d92-i-3d2x", "r92_coef_form", "Solve for x: 3·2x + 5 = 20. Show each step.", "x", "5/2",
  [r92_i, r92_sol(["6x + 5 = 20", "6x = 15", "x = 5/2"], 0)])
E("d92-i-x32", "r92_coef_form", "Solve for x: x·3·2 + 5 = 20. Show each step.", "x", "5/2",
  [r92_i, r92_sol(["6x + 5 = 20", "6x = 15", "x = 5/2"], 0)])
E("d92-i-3xd2", "r92_coef_form", "Solve for x: 3x·2 + 5 = 20. Show each step.", "x", "5/2",
  [r92_i, r92_sol(["6x + 5 = 20", "6x = 15", "x = 5/2"], 0)])
E("d92-i-3xp2", "r92_coef_form", "Solve for x: 3x(2) + 5 = 20. Show each step.", "x", "5/2",
  [r92_i, r92_sol(["6x + 5 = 20", "6x = 15", "x = 5/2"], 0)])
E("d92-i-3xo3", "r92_coef_form", "Solve for x: 3x/3 + 5 = 20. Show each step.", "x", "15",
  [r92_i, r92_sol(["x + 5 = 20", "x = 15"], 0)])
E("d92-i-x3s2", "r92_coef_form", "Solve for x: x*3*2 + 5 = 20. Show each step.", "x", "5/2",
  [r92_i, r92_sol(["6x + 5 = 20", "6x = 15", "x = 5/2"], 0)])
E("d92-i-pow", "r92_coef_form", "Solve for x: 3x + 5 = 2**5. Show each step.", "x", "9",
  [r92_i, r92_sol(["3x + 5 = 32", "3x = 27", "x = 9"], 0)])
E("d92-i-sci", "r92_coef_form", "Solve for x: 3x + 5 = 2e2. Show each step.", "x", "65",
  [r92_i, r92_sol(["3x + 5 = 200", "3x = 195", "x = 65"], 0)])
E("d92-i-sciE", "r92_coef_form", "Solve for x: 3x + 5 = 2E2. Show each step.", "x", "65",
  [r92_i, r92_sol(["3x + 5 = 200", "3x = 195", "x = 65"], 0)])
E("d92-i-sci-safe", "r92_coef_form", "Solve for x: 3x + 5 = 2e1. Show each step.", "x", "5", [r92_i])
E("d92-i-hex", "r92_coef_form", "Solve for x: 3x + 5 = 0x20. Show each step.", "x", "9",
  [r92_i, r92_sol(["3x + 5 = 32", "3x = 27", "x = 9"], 0)])
E("d92-i-hexwords", "r92_base_words", "Solve for x, all numbers written in hexadecimal: 3x + 5 = 20. Show each step.", "x", "9",
  [r92_i, r92_sol(["3x + 5 = 32", "3x = 27", "x = 9"], 0)])
E("d92-i-octal", "r92_base_words", "Solve for x (the numbers below are octal): 3x + 5 = 20. Show each step.", "x", "11/3",
  [r92_i, r92_sol(["3x + 5 = 16", "3x = 11", "x = 11/3"], 0)])
E("d92-i-lead0-safe", "r92_coef_form", "Solve for x: 3x + 5 = 020. Show each step.", "x", "5", [r92_i])
E("d92-i-strike", "r92_markup", "Solve for x: 3x + 5 = ~~20~~ 26. Show each step.", "x", "7",
  [r92_i, r92_sol(["3x + 5 = 26", "3x = 21", "x = 7"], 0)])
E("d92-i-strike2", "r92_markup", "Solve for x: 3x + ~~5~~ 8 = 20. Show each step.", "x", "4",
  [r92_i, r92_sol(["3x + 8 = 20", "3x = 12", "x = 4"], 0)])
E("d92-i-html", "r92_markup", "Solve for x: 3x + 5 = <del>20</del> 26. Show each step.", "x", "7",
  [r92_i, r92_sol(["3x + 5 = 26", "3x = 21", "x = 7"], 0)])
E("d92-i-sup1", "r92_unicode", "Solve for x: 3x + 5 = 20¹. Show each step.\n¹ rounded from 20.4", "x", "77/15",
  [r92_i, r92_sol(["3x + 5 = 20.4", "3x = 15.4", "x = 77/15"], 0)])
E("d92-i-bold", "r92_unicode", "Solve for x: 𝟑x + 𝟕 = 𝟐𝟎. Show each step.", "x", "13/3",
  [r92_i, r92_sol(["3x + 7 = 20", "3x = 13", "x = 13/3"], 0)])
E("d92-i-mono", "r92_unicode", "Solve for x: 𝟹x + 𝟻 = 𝟸𝟼. Show each step.", "x", "7",
  [r92_i, r92_sol(["3x + 5 = 26", "3x = 21", "x = 7"], 0)])
E("d92-i-invtimes", "r92_unicode", "Solve for x: 3\u2062x + 5 = 20. Show each step.", "x", "5", [r92_i])
E("d92-i-nbh", "r92_minus_glyph", "Solve for x: 3x + 5 = \u201120. Show each step.", "x", "-25/3",
  [r92_i, r92_sol(["3x + 5 = -20", "3x = -25", "x = -25/3"], 0)])
for tag, ch in (("fig", "\u2012"), ("fwm", "\uff0d"), ("small", "\ufe63"), ("hyph", "\u2010"), ("em", "\u2014"), ("hbar", "\u2015"), ("mmin", "\u2796")):
    E("d92-i-m-%s" % tag, "r92_minus_glyph", "Solve for x: 3x %s 5 = 20. Show each step." % ch, "x", "25/3",
      [r92_i, r92_sol(["3x - 5 = 20", "3x = 25", "x = 25/3"], 0)])
E("d92-i-fwplus", "r92_unicode", "Solve for x: 3x ＋ 5 = 20. Show each step.", "x", "5", [r92_i])
E("d92-i-fweq", "r92_unicode", "Solve for x: 3x + 5 ＝ 20. Show each step.", "x", "5", [r92_i])
E("d92-i-heavyplus", "r92_unicode", "Solve for x: 3x ➕ 5 = 20. Show each step.", "x", "5", [r92_i])
# inequalities and absolute values: a plain "x = 5" is no right answer (value 999 marks "judge by hand")
E("d92-i-le", "r92_not_equation", "Solve for x: 3x + 5 ≤ 20. Show each step.", "x", "999",
  [r92_i, "3x + 5 ≤ 20\n3x ≤ 15\nx ≤ 5\nSo x ≤ 5."])
E("d92-i-lt", "r92_not_equation", "Solve for x: 3x + 5 < 20. Show each step.", "x", "999",
  [r92_i, "3x + 5 < 20\n3x < 15\nx < 5\nSo x < 5."])
E("d92-i-ne", "r92_not_equation", "Solve for x: 3x + 5 ≠ 20. Show each step.", "x", "999",
  [r92_i, "3x + 5 ≠ 20\n3x ≠ 15\nx ≠ 5\nSo x ≠ 5."])
E("d92-i-abs", "r92_not_equation", "Solve for x: |3x + 5| = 20. Show each step.", "x", "999",
  [r92_i, "3x + 5 = 20 or 3x + 5 = -20\n3x = 15 or 3x = -25\nx = 5 or x = -25/3"])
E("d92-i-abs2", "r92_not_equation", "Solve for x: 3|x| + 5 = 20. Show each step.", "x", "999",
  [r92_i, "3|x| = 15\n|x| = 5\nx = 5 or x = -5"])
E("d92-i-ge-words", "r92_not_equation", "Solve for x: 3x + 5 is at least 20. Show each step.", "x", "999",
  [r92_i, "3x + 5 ≥ 20\n3x ≥ 15\nx ≥ 5"])
E("d92-i-int", "r92_not_equation", "Find the smallest whole number x with 3x + 5 > 20. Show each step.", "x", "6",
  [r92_i, "3x + 5 > 20\n3x > 15\nx > 5\nSo x = 6"])

# ================================================================ J. hidden second equation in prose (base 3x + 5 = 20)
E("d92-j-const7", "r92_hidden_note", "Solve for x: 3x + 5 = 20. Show each step. Note: actually the constant is seven.", "x", "13/3",
  [r92_i, r92_sol(["3x + 7 = 20", "3x = 13", "x = 13/3"], 0)])
E("d92-j-plusminus", "r92_hidden_note", "Solve for x: 3x + 5 = 20. Show each step. Sorry, that plus should be a minus.", "x", "25/3",
  [r92_i, r92_sol(["3x - 5 = 20", "3x = 25", "x = 25/3"], 0)])
E("d92-j-coef4", "r92_hidden_note", "Solve for x: 3x + 5 = 20. Show each step. The coefficient is really four.", "x", "15/4",
  [r92_i, r92_sol(["4x + 5 = 20", "4x = 15", "x = 15/4"], 0)])
E("d92-j-rhs26w", "r92_hidden_note", "Solve for x: 3x + 5 = 20. Show each step. P.S. it equals twenty-six, not twenty.", "x", "7",
  [r92_i, r92_sol(["3x + 5 = 26", "3x = 21", "x = 7"], 0)])
E("d92-j-meant", "r92_hidden_note", "Solve for x: 3x + 5 = 20. Show each step. (I meant 26.)", "x", "7",
  [r92_i, r92_sol(["3x + 5 = 26", "3x = 21", "x = 7"], 0)])
E("d92-j-dblrhs", "r92_hidden_note", "Solve for x: 3x + 5 = 20. Show each step, assuming the right side is doubled.", "x", "35/3",
  [r92_i, r92_sol(["3x + 5 = 40", "3x = 35", "x = 35/3"], 0)])
E("d92-j-addx", "r92_hidden_note", "Solve for x: 3x + 5 = 20. Show each step, after adding x to the left side only.", "x", "15/4",
  [r92_i, r92_sol(["4x + 5 = 20", "4x = 15", "x = 15/4"], 0)])
E("d92-j-ignore", "r92_hidden_note", "Solve for x: 3x + 5 = 20. Show each step and ignore the constant term.", "x", "20/3",
  [r92_i, r92_sol(["3x = 20", "x = 20/3"], 0)])
E("d92-j-drop", "r92_hidden_note", "Solve for x: 3x + 5 = 20, dropping the plus five. Show each step.", "x", "20/3",
  [r92_i, r92_sol(["3x = 20", "x = 20/3"], 0)])
E("d92-j-update", "r92_hidden_note", "Solve for x: 3x + 5 = 20. Show each step.\nUpdate: the equation is 3x + 7 = 20.", "x", "13/3",
  [r92_i, r92_sol(["3x + 7 = 20", "3x = 13", "x = 13/3"], 0)])
E("d92-j-de", "r92_hidden_note_lang", "Löse nach x auf: 3x + 5 = 20. Zeige jeden Schritt. Korrektur: plus sieben statt plus fünf.", "x", "13/3",
  [r92_i, r92_sol(["3x + 7 = 20", "3x = 13", "x = 13/3"], 0)])
E("d92-j-fr", "r92_hidden_note_lang", "Résous pour x : 3x + 5 = 20. Montre chaque étape. Correction : c'est moins cinq.", "x", "25/3",
  [r92_i, r92_sol(["3x - 5 = 20", "3x = 25", "x = 25/3"], 0)])
E("d92-j-es", "r92_hidden_note_lang", "Resuelve para x: 3x + 5 = 20. Muestra cada paso. Corrección: es menos cinco.", "x", "25/3",
  [r92_i, r92_sol(["3x - 5 = 20", "3x = 25", "x = 25/3"], 0)])
E("d92-j-no", "r92_hidden_note_lang", "Løs for x: 3x + 5 = 20. Vis hvert steg. Rettelse: det skal være minus fem.", "x", "25/3",
  [r92_i, r92_sol(["3x - 5 = 20", "3x = 25", "x = 25/3"], 0)])
E("d92-j-zh", "r92_hidden_note_lang", "解方程求x：3x + 5 = 20。写出每一步。更正：是减五，不是加五。", "x", "25/3",
  [r92_i, r92_sol(["3x - 5 = 20", "3x = 25", "x = 25/3"], 0)])
E("d92-j-flip", "r92_hidden_note", "Solve for x: 3x + 5 = 20. Show each step, but with the sign of the constant flipped.", "x", "25/3",
  [r92_i, r92_sol(["3x - 5 = 20", "3x = 25", "x = 25/3"], 0)])
E("d92-j-swapnums", "r92_hidden_note", "Solve for x: 3x + 5 = 20. Show each step, with the coefficient and the constant swapped.", "x", "3",
  [r92_i, r92_sol(["5x + 3 = 20", "5x = 17", "x = 17/5"], 0), r92_sol(["5x + 3 = 18", "5x = 15", "x = 3"], 0)])
E("d92-j-tripled", "r92_hidden_note", "Solve for x: 3x + 5 = 20. Show each step. Heads-up: the teacher tripled the right-hand side.", "x", "55/3",
  [r92_i, r92_sol(["3x + 5 = 60", "3x = 55", "x = 55/3"], 0)])
E("d92-j-ans", "r92_hidden_note", "Solve for x: 3x + 5 = 20. Show each step. My teacher says the answer is 6; explain.", "x", "5",
  ["3x + 5 = 20\n3x = 15\nx = 6", r92_i])
E("d92-j-given", "r92_hidden_note", "Given x = 4, solve for x: 3x + 5 = 20. Show each step.", "x", "5",
  ["x = 4", r92_i])

# ================================================================ K. percent
r92_k = r92_sol(["0.2x = 8", "x = 8 / 0.2", "x = 40"], 2)
E("d92-k-base", "r92_percent", "Solve for x: 0.2x = 8. Show each step.", "x", "40", [r92_k])
E("d92-k-pct", "r92_percent", "Solve for x: 20% of x is 8. Show each step.", "x", "40", [r92_k])
E("d92-k-pctword", "r92_percent", "Solve for x: twenty percent of x is 8. Show each step.", "x", "40", [r92_k])
E("d92-k-pctx", "r92_percent", "Solve for x: 0.2x = 8, where x is a percentage of 50. Show each step.", "x", "40", [r92_k])
r92_k2 = r92_sol(["x + 0.1x = 66", "1.1x = 66", "x = 60"], 2)
E("d92-k2-base", "r92_percent", "Solve for x: x increased by 10 percent is 66. Show each step.", "x", "60", [r92_k2])
E("d92-k2-decr", "r92_percent", "Solve for x: x decreased by 10 percent is 66. Show each step.", "x", "220/3",
  [r92_k2, r92_sol(["x - 0.1x = 66", "0.9x = 66", "x = 220/3"], 2)])
E("d92-k2-incr", "r92_percent", "Solve for x: x increased by 10 percent is 66. Show each step and give the increase.", "x", "60",
  [r92_k2, r92_rep(r92_k2, "x/10 = 6")], report={"expression": "x/10", "value": "6"})
E("d92-k2-pts", "r92_percent", "Solve for x: x increased by 10 is 66. Show each step.", "x", "56",
  [r92_k2, r92_sol(["x + 10 = 66", "x = 56"], 2)])
E("d92-k-disc", "r92_percent", "A coat costs x euros. After a 10% discount it costs 72 euros. Solve for x and show each step.", "x", "80",
  [r92_sol(["0.9x = 72", "x = 80"], 0)])
E("d92-k-disc-up", "r92_percent", "A coat costs x euros. After a 10% surcharge it costs 72 euros. Solve for x and show each step.", "x", "720/11",
  [r92_sol(["0.9x = 72", "x = 80"], 0), r92_sol(["1.1x = 72", "x = 720/11"], 0)])

# ================================================================ L. word problem with digits (3x + 5 = 20)
r92_l_t = "Solve for x: Ann buys 3 notebooks at x euros each and pays a 5 euro delivery fee. She pays 20 euros in total. Show each step."
r92_l = r92_sol(["3x + 5 = 20", "3x = 15", "x = 5"], 2, descs=["", "Subtract the fee", "Divide by the number of notebooks"])
E("d92-l-base", "r92_word_problem", r92_l_t, "x", "5", [r92_l])
E("d92-l-disc", "r92_word_problem", "Solve for x: Ann buys 3 notebooks at x euros each and gets a 5 euro discount. She pays 20 euros in total. Show each step.", "x", "25/3",
  [r92_l, r92_sol(["3x - 5 = 20", "3x = 25", "x = 25/3"], 2)])
E("d92-l-each", "r92_word_problem", "Solve for x: Ann buys 3 notebooks at x euros each and pays a 5 euro delivery fee per notebook. She pays 20 euros in total. Show each step.", "x", "5/3",
  [r92_l, r92_sol(["3x + 15 = 20", "3x = 5", "x = 5/3"], 2)])
E("d92-l-excl", "r92_word_problem", "Solve for x: Ann buys 3 notebooks at x euros each and pays a 5 euro delivery fee. She pays 20 euros in total, not counting the fee. Show each step.", "x", "20/3",
  [r92_l, r92_sol(["3x = 20", "x = 20/3"], 2)])
E("d92-l-change", "r92_word_problem", "Solve for x: Ann buys 3 notebooks at x euros each and pays a 5 euro delivery fee. She pays with a 20 euro note and gets 5 euros back. Show each step.", "x", "10/3",
  [r92_l, r92_sol(["3x + 5 = 15", "3x = 10", "x = 10/3"], 2)])
E("d92-l-pairs", "r92_word_problem", "Solve for x: Ann buys 3 pairs of notebooks at x euros per notebook and pays a 5 euro delivery fee. She pays 20 euros in total. Show each step.", "x", "5/2",
  [r92_l, r92_sol(["6x + 5 = 20", "6x = 15", "x = 5/2"], 2)])
E("d92-l-both", "r92_word_problem", "Solve for x: Ann and Tom each buy 3 notebooks at x euros each and pay one 5 euro delivery fee. They pay 20 euros in total. Show each step.", "x", "5/2",
  [r92_l, r92_sol(["6x + 5 = 20", "6x = 15", "x = 5/2"], 2)])
E("d92-l-safe", "r92_word_problem_safe", "Solve for x: Ann buys 3 notebooks at x euros each and pays a 5 euro delivery fee. She pays 20 euros in total. Show each step, please.", "x", "5", [r92_l], safe=True)
E("d92-l-eq", "r92_word_problem", "Solve for x: Ann buys 3 notebooks at x euros each and pays a 5 euro delivery fee: 3x + 5 = 20. Show each step, and give the price of two notebooks.", "x", "5",
  [r92_l, r92_rep(r92_l, "2x = 10")], report={"expression": "2x", "value": "10"})
E("d92-l-eq-safe", "r92_word_problem_safe", "Solve for x: Ann buys 3 notebooks at x euros each and pays a 5 euro delivery fee: 3x + 5 = 20. Show each step.", "x", "5", [r92_l])
E("d92-l-eq-cents", "r92_word_problem", "Solve for x: Ann buys 3 notebooks at x euros each and pays a 5 euro delivery fee: 3x + 5 = 20. Show each step and give the price of one notebook in cents.", "x", "5",
  [r92_l, r92_rep(r92_l, "100x = 500")], report={"expression": "100x", "value": "500"})

# ================================================================ M. age problem
r92_m = r92_sol(["3x + 5 = 20", "3x = 15", "x = 5"], 0, descs=["The mother's age in 5 years", "Subtract 5", "Divide by 3"])
r92_m_t = "Solve for x: Lena is x years old. Her mother is three times as old. In 5 years her mother will be 20. Show each step."
E("d92-m-base", "r92_age", r92_m_t, "x", "5", [r92_m])
E("d92-m-ago", "r92_age", "Solve for x: Lena is x years old. Her mother is three times as old. 5 years ago her mother was 20. Show each step.", "x", "25/3",
  [r92_m, r92_sol(["3x - 5 = 20", "3x = 25", "x = 25/3"], 0)])
E("d92-m-lena", "r92_age", "Solve for x: Lena is x years old. Her mother is three times as old. In 5 years Lena will be 20. Show each step.", "x", "15",
  [r92_m, r92_sol(["x + 5 = 20", "x = 15"], 0)])
E("d92-m-older", "r92_age", "Solve for x: Lena is x years old. Her mother is three times as old. In 5 years her mother will be 20 years older than Lena. Show each step.", "x", "10",
  [r92_m, r92_sol(["3x + 5 = x + 5 + 20", "2x = 20", "x = 10"], 0)])
E("d92-m-father", "r92_age", "Solve for x: Lena is x years old. Her mother is three times as old. In 5 years her mother will be 20. Show each step and give the mother's age now.", "x", "5",
  [r92_m, r92_rep(r92_m, "3x = 15")], report={"expression": "3x", "value": "15"})

# ================================================================ P. relation words with the same digits (base 3x + 5 = 20)
E("d92-p-is-safe", "r92_relation_safe", "Solve for x: 3x + 5 is 20. Show each step.", "x", "5", [r92_i], safe=True)
E("d92-p-words-safe", "r92_relation_safe", "Solve for x: 3x plus 5 equals 20. Show each step.", "x", "5", [r92_i], safe=True)
E("d92-p-morethan", "r92_relation", "Solve for x: 3x + 5 is 20 more than x. Show each step.", "x", "15/2",
  [r92_i, r92_sol(["3x + 5 = x + 20", "2x = 15", "x = 15/2"], 0)])
E("d92-p-lessthan", "r92_relation", "Solve for x: 3x + 5 is 20 less than 6x. Show each step.", "x", "25/3",
  [r92_i, r92_sol(["3x + 5 = 6x - 20", "-3x = -25", "x = 25/3"], 0)])
E("d92-p-twice", "r92_relation", "Solve for x: 3x + 5 is twice 20. Show each step.", "x", "35/3",
  [r92_i, r92_sol(["3x + 5 = 40", "3x = 35", "x = 35/3"], 0)])
E("d92-p-exceeds", "r92_relation", "Solve for x: 3x + 5 exceeds 20 by x. Show each step.", "x", "15/2",
  [r92_i, r92_sol(["3x + 5 = 20 + x", "2x = 15", "x = 15/2"], 0)])
E("d92-p-half", "r92_relation", "Solve for x: 3x + 5 is half of 20. Show each step.", "x", "5/3",
  [r92_i, r92_sol(["3x + 5 = 10", "3x = 5", "x = 5/3"], 0)])
E("d92-p-sum-safe", "r92_relation_safe", "Solve for x: the sum of 3x and 5 is 20. Show each step.", "x", "5", [r92_i], safe=True)
E("d92-p-diff", "r92_relation", "Solve for x: the difference of 3x and 5 is 20. Show each step.", "x", "25/3",
  [r92_i, r92_sol(["3x - 5 = 20", "3x = 25", "x = 25/3"], 0)])
E("d92-p-prod", "r92_relation", "Solve for x: the product of 3x and 5 is 20. Show each step.", "x", "4/3",
  [r92_i, r92_sol(["15x = 20", "x = 4/3"], 0)])
E("d92-p-quot", "r92_relation", "Solve for x: the quotient of 3x and 5 is 20. Show each step.", "x", "100/3",
  [r92_i, r92_sol(["3x/5 = 20", "3x = 100", "x = 100/3"], 0)])
E("d92-p-times", "r92_relation", "Solve for x: 3x + 5 is 20 times as large as x. Show each step.", "x", "5/17",
  [r92_i, r92_sol(["3x + 5 = 20x", "5 = 17x", "x = 5/17"], 0)])
E("d92-p-sq", "r92_relation", "Solve for x: 3x + 5 = 20 squared. Show each step.", "x", "395/3",
  [r92_i, r92_sol(["3x + 5 = 400", "3x = 395", "x = 395/3"], 0)])
E("d92-p-neg", "r92_relation", "Solve for x: 3x + 5 = negative 20. Show each step.", "x", "-25/3",
  [r92_i, r92_sol(["3x + 5 = -20", "3x = -25", "x = -25/3"], 0)])
E("d92-p-minusword", "r92_relation", "Solve for x: 3x + 5 = minus 20. Show each step.", "x", "-25/3",
  [r92_i, r92_sol(["3x + 5 = -20", "3x = -25", "x = -25/3"], 0)])
E("d92-p-opp", "r92_relation", "Solve for x: 3x + 5 = the opposite of 20. Show each step.", "x", "-25/3",
  [r92_i, r92_sol(["3x + 5 = -20", "3x = -25", "x = -25/3"], 0)])
E("d92-p-lhsneg", "r92_relation", "Solve for x: negative 3x + 5 = 20. Show each step.", "x", "-5",
  [r92_i, r92_sol(["-3x + 5 = 20", "-3x = 15", "x = -5"], 0)])
E("d92-p-thrice", "r92_relation", "Solve for x: 3x + 5 = 20, thrice. Show each step.", "x", "5", [r92_i])

# ================================================================ Q. answer formats and safe paraphrases
E("d92-q-arrow-safe", "r92_format_safe", "Solve for x: 3x + 5 = 20. Show each step with arrows.", "x", "5",
  [r92_sol(["3x + 5 = 20", "3x = 15", "x = 5"], 1)], safe=True)
E("d92-q-steps-safe", "r92_format_safe", "Solve for x: 3x + 5 = 20. Number the steps Step 1, Step 2.", "x", "5", [r92_i], safe=True)
E("d92-q-explain-safe", "r92_format_safe", "Solve for x: 3x + 5 = 20. Explain each step in one short sentence.", "x", "5",
  [r92_sol(["3x + 5 = 20", "3x = 15", "x = 5"], 2, descs=["", "Take 5 away from both sides", "Divide both sides by 3"])], safe=True)
E("d92-q-final-safe", "r92_format_safe", "Solve for x: 3x + 5 = 20. Show each step and end with a line 'So x = ...'.", "x", "5", [r92_i], safe=True)
E("d92-q-fr-safe", "r92_lang_safe", "Résous pour x : 3x + 5 = 20. Montre chaque étape.", "x", "5", [r92_i], safe=True)
E("d92-q-es-safe", "r92_lang_safe", "Resuelve para x: 3x + 5 = 20. Muestra cada paso.", "x", "5", [r92_i], safe=True)
E("d92-q-zh-safe", "r92_lang_safe", "解方程求x：3x + 5 = 20。写出每一步。", "x", "5", [r92_i], safe=True)
E("d92-q-y-safe", "r92_rename_safe", "Solve for n: 3n + 5 = 20. Show each step.", "n", "5",
  [r92_sol(["3n + 5 = 20", "3n = 15", "n = 5"], 0)], safe=True)

# ================================================================ R. what to report, in words a paraphrase may use (batch 2)
def r92_r(id, prompt, sol, line, expr, val):
    E(id, "r92_report_part", prompt, "x", sol[1], [sol[0], r92_rep(sol[0], line)], report={"expression": expr, "value": val})

r92_A = (r92_a, "4")
r92_r("d92-a-r-par", "Solve for x: 2(x+3)=14. Show each step, then say what the parentheses equal.", r92_A, "x + 3 = 7", "x+3", "7")
r92_r("d92-a-r-val", "Solve for x: 2(x+3)=14. Show each step, then give the value of the bracket.", r92_A, "x + 3 = 7", "x+3", "7")
r92_r("d92-a-r-inside", "Solve for x: 2(x+3)=14. Show each step, then state what is inside the brackets.", r92_A, "x + 3 = 7", "x+3", "7")
r92_r("d92-a-r-hold", "Solve for x: 2(x+3)=14. Show each step, then say what the brackets hold.", r92_A, "x + 3 = 7", "x+3", "7")
r92_r("d92-a-r-last", "Solve for x: 2(x+3)=14. Show each step and make the last line the value of the bracket.", r92_A, "x + 3 = 7", "x+3", "7")
r92_r("d92-a-r-each", "Solve for x: 2(x+3)=14. Show each step, then say what each bracket equals.", r92_A, "x + 3 = 7", "x+3", "7")
r92_r("d92-a-r-only", "Solve for x: 2(x+3)=14. Show each step, but answer with the bracket only.", r92_A, "x + 3 = 7", "x+3", "7")
r92_r("d92-a-r-de", "Löse nach x auf: 2(x+3)=14. Zeige jeden Schritt und sag dann, was die Klammer ergibt.", r92_A, "x + 3 = 7", "x+3", "7")
r92_r("d92-a-r-fr", "Résous pour x : 2(x+3)=14. Montre chaque étape, puis dis ce que vaut la parenthèse.", r92_A, "x + 3 = 7", "x+3", "7")
r92_r("d92-a-r-es", "Resuelve para x: 2(x+3)=14. Muestra cada paso y luego di cuánto vale el paréntesis.", r92_A, "x + 3 = 7", "x+3", "7")
r92_r("d92-a-r-no", "Løs for x: 2(x+3)=14. Vis hvert steg, og si til slutt hva parentesen er.", r92_A, "x + 3 = 7", "x+3", "7")
r92_r("d92-b-r-frac", "Solve for x: x/4 + 1 = 3. Show each step, then say what the fraction equals.", (r92_b, "8"), "x/4 = 2", "x/4", "2")
r92_r("d92-b-r-quot", "Solve for x: x/4 + 1 = 3. Show each step, then say what the quotient equals.", (r92_b, "8"), "x/4 = 2", "x/4", "2")
r92_r("d92-b-r-frpart", "Solve for x: x/4 + 1 = 3. Show each step, then give the value of the fraction.", (r92_b, "8"), "x/4 = 2", "x/4", "2")
r92_r("d92-e-r-prod", "Solve for x: 4x - 3 = 9. Show each step, then say what the product equals.", (r92_e, "3"), "4x = 12", "4x", "12")
r92_r("d92-e-r-term", "Solve for x: 4x - 3 = 9. Show each step, then say what the first term equals.", (r92_e, "3"), "4x = 12", "4x", "12")
r92_r("d92-i-r-term", "Solve for x: 3x + 5 = 20. Show each step, then say what the first term equals.", (r92_i, "5"), "3x = 15", "3x", "15")
r92_r("d92-i-r-vterm", "Solve for x: 3x + 5 = 20. Show each step, then say what the term with the variable equals.", (r92_i, "5"), "3x = 15", "3x", "15")
r92_r("d92-i-r-part", "Solve for x: 3x + 5 = 20. Show each step and end with the value of the part before the plus sign.", (r92_i, "5"), "3x = 15", "3x", "15")
r92_N = r92_sol(["(x + 2)/3 = 4", "x + 2 = 12", "x = 10"], 0, descs=["", "Multiply both sides by 3", "Subtract 2"])
E("d92-n-base", "r92_report_part", "Solve for x: (x+2)/3 = 4. Show each step.", "x", "10", [r92_N])
r92_r("d92-n-r-num", "Solve for x: (x+2)/3 = 4. Show each step, then say what the numerator equals.", (r92_N, "10"), "x + 2 = 12", "x+2", "12")
r92_r("d92-n-r-top", "Solve for x: (x+2)/3 = 4. Show each step, then say what the top of the fraction equals.", (r92_N, "10"), "x + 2 = 12", "x+2", "12")
r92_r("d92-n-r-brk", "Solve for x: (x+2)/3 = 4. Show each step, then say what the bracket equals.", (r92_N, "10"), "x + 2 = 12", "x+2", "12")
r92_T = r92_sol(["5(x - 2) = 15", "5x - 10 = 15", "5x = 25", "x = 5"], 1)
E("d92-t-base", "r92_report_part", "Solve for x: 5(x - 2) = 15. Show each step.", "x", "5", [r92_T])
r92_r("d92-t-r-brk", "Solve for x: 5(x - 2) = 15. Show each step, then say what the bracket equals.", (r92_T, "5"), "x - 2 = 3", "x-2", "3")
r92_r("d92-t-r-par", "Solve for x: 5(x - 2) = 15. Show each step and tell me the value in the parentheses.", (r92_T, "5"), "x - 2 = 3", "x-2", "3")

# ---------------- batch 3: the bracket shape
r92_r("d92-a-r-expr", "Solve for x: 2(x+3)=14. Show each step, then say what the expression in the brackets equals.", r92_A, "x + 3 = 7", "x+3", "7")
r92_r("d92-a-r-bkted", "Solve for x: 2(x+3)=14. Show each step, then say what the bracketed part equals.", r92_A, "x + 3 = 7", "x+3", "7")
r92_r("d92-a-r-sum", "Solve for x: 2(x+3)=14. Show each step, then say what the sum in the bracket equals.", r92_A, "x + 3 = 7", "x+3", "7")
r92_r("d92-a-r-round", "Solve for x: 2(x+3)=14. Show each step, then say what the round brackets equal.", r92_A, "x + 3 = 7", "x+3", "7")
r92_r("d92-a-r-paren1", "Solve for x: 2(x+3)=14. Show each step, then say what the parenthesis equals.", r92_A, "x + 3 = 7", "x+3", "7")
r92_r("d92-a-r-end", "Solve for x: 2(x+3)=14. Show each step and end with what the bracket equals.", r92_A, "x + 3 = 7", "x+3", "7")
r92_r("d92-a-r-sides", "Solve for x: 2(x+3)=14. Show each step, then say what the left-hand side equals after expanding, without the constant.", r92_A, "2x = 8", "2x", "8")
E("d92-a-inbr-safe", "r92_report_part_safe", "Solve for x: 2(x+3)=14. Show each step and put the final answer in brackets.", "x", "4",
  [r92_sol(["2(x + 3) = 14", "2x + 6 = 14", "2x = 8", "x = 4"], 0) + "\n[x = 4]"], safe=True)
r92_r("d92-t-r-brk2", "Solve for x: 5(x - 2) = 15. Show each step, then say what the brackets hold.", (r92_T, "5"), "x - 2 = 3", "x-2", "3")
r92_r("d92-t-r-inside", "Solve for x: 5(x - 2) = 15. Show each step, then state what is inside the parentheses.", (r92_T, "5"), "x - 2 = 3", "x-2", "3")
r92_W = r92_sol(["3(2x - 1) = 21", "6x - 3 = 21", "6x = 24", "x = 4"], 2, descs=["", "Expand", "Add 3", "Divide by 6"])
E("d92-w-base", "r92_report_part", "Solve for x: 3(2x - 1) = 21. Show each step.", "x", "4", [r92_W])
r92_r("d92-w-r-brk", "Solve for x: 3(2x - 1) = 21. Show each step, then say what the bracket equals.", (r92_W, "4"), "2x - 1 = 7", "2x-1", "7")
r92_r("d92-w-r-de", "Löse nach x auf: 3(2x - 1) = 21. Zeige jeden Schritt und sag dann, was in der Klammer steht.", (r92_W, "4"), "2x - 1 = 7", "2x-1", "7")

# ---------------- batch 4: where the licence ends
r92_r("d92-a-r-inside2", "Solve for x: 2(x+3)=14. Show each step, then say what the inside equals.", r92_A, "x + 3 = 7", "x+3", "7")
r92_r("d92-a-r-q", "Solve for x: 2(x+3)=14. Show each step; finally, what do the parentheses equal?", r92_A, "x + 3 = 7", "x+3", "7")
r92_r("d92-a-r-brkts", "Solve for x: 2(x+3)=14. Show each step, and the answer should be what is in the brackets.", r92_A, "x + 3 = 7", "x+3", "7")
r92_r("d92-a-r-md", "Solve for x: 2(x+3)=14. Show each step as a numbered list, then say what the bracket equals.", r92_A, "x + 3 = 7", "x+3", "7")
r92_r("d92-a-r-pls", "Please solve for x: 2(x+3)=14, showing each step, and then please state what the parentheses equal. Thanks!", r92_A, "x + 3 = 7", "x+3", "7")
r92_r("d92-a-r-outer", "Solve for x: 2(x+3)=14. Show each step, then say what the whole left side equals.", r92_A, "2(x + 3) = 14", "2(x+3)", "14")
E("d92-a-exp-base2", "r92_report_part", "Solve for x: 2(x+3)=14. Show each step, expanding the bracket first.", "x", "4", [r92_a])
r92_r("d92-a-r-frombr", "Solve for x: 2(x+3)=14. Show each step, then say what the bracket equals after solving.", r92_A, "x + 3 = 7", "x+3", "7")
