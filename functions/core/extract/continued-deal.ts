// A sentence that goes on with the deal just told (issue 8, roundups binding a detail to the wrong pair): "Microsoft hat
// mit Nscale einen Vertrag über 14 Milliarden Dollar geschlossen. Nscale soll dafür 200.000 Nvidia-Chips
// bereitstellen." "dafür" (for it), "under the agreement", "dans le cadre de l'accord", "para ello", "per questo",
// "no âmbito do acordo" point back at the deal before: its company's counterparty is that deal's, never the
// article's subject named elsewhere.

const CONTINUES_RE =
  /\b(?:dafür|hierfür|im Rahmen (?:des|der) (?:Vertrags|Vereinbarung|Deals)|under the (?:agreement|deal|contract)|as part of the (?:agreement|deal|contract)|to that end|for it|dans le cadre de (?:l['’]accord|ce contrat|cet accord|ce partenariat)|à cet effet|pour ce faire|en el marco (?:del|de este) (?:acuerdo|contrato)|para ello|nell['’]ambito (?:dell['’]accordo|del contratto)|per questo|a tal fine|no âmbito (?:do|deste) (?:acordo|contrato)|para isso)(?!\p{L})/iu;

/** Does the sentence go on with the deal told just before it? */
export function continuesPreviousDeal(sentence: string): boolean {
  return CONTINUES_RE.test(sentence);
}
