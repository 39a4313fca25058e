// An order received from a company (issue 8, roles): "Nscale hat von Microsoft einen Auftrag über 14 Milliarden
// erhalten", "ha ricevuto da Microsoft una commessa", "recebeu da Microsoft uma encomenda", "a reçu de Microsoft
// une commande": the one the order or the contract comes from is the customer, told before the object (German puts
// the verb last; the Romance languages put "from" before the object). "won a contract from" is awardedBy's.

/** A receiving verb (or German's auxiliary, the participle coming last), then "from" and the name. */
const RECEIVED_FROM_BEFORE_RE =
  /(?:^|\s)(?:received|receives|gets|got|re[çc]u|re[çc]oit|ricevuto|riceve|ricevette|recibi[óo]|recibe|recebeu|recebe|erh[äa]lt|erhielt|bekommt|bekam|hat|hatte)\s(?:[^.;,]{0,30}\s)?(?:from|de|d['’]|du|de la|da|dal|dalla|dallo|de parte de|da parte di|von|vom)\s?(?:the\s|la\s|le\s|l['’]|a\s|o\s)?$/iu;

/** The object: an order or a contract, with its article and a word or two before the noun. */
const ORDER_AFTER_RE =
  /^\s(?:(?:einen|einem|ein|den|une|un|una|um|uma|an?|the)\s)?(?:[\p{L}-]{1,20}\s){0,2}?[\p{L}-]*(?:Auftrag|Vertrag|Bestellung|commande|contrat|commessa|contratto|ordine|encargo|pedido|contrato|encomenda|orders?|contracts?)(?![\p{L}])/iu;

export function orderReceivedFrom(before: string, after: string): boolean {
  return RECEIVED_FROM_BEFORE_RE.test(before) && ORDER_AFTER_RE.test(after);
}
