// Hardware beside capacity (issue 8): "the Group entered into agreements with original equipment manufacturers for
// the purchase of approximately 12,400 GPUs, comprising NVIDIA B300 and AMD MI350X units", "a acheté des GPU auprès de
// plusieurs fournisseurs", "kaufte GPUs bei mehreren Herstellern". The seller is told only as a class of companies;
// the chip brands named there are the goods, not the seller: the purchase has no named counterparty.

/** A purchase's seller told as a class: "with original equipment manufacturers", "auprès de fournisseurs". */
const UNNAMED_VENDOR_RE =
  /\b(?:with|from|avec|aupr[èe]s d['’]|aupr[èe]s de|mit|von|bei|con|a|da|com|de)\s(?:(?:the|des|les|den|der|los|las|unos|dei|degli|dos|das|uns)\s)?(?:(?:several|multiple|various|two|three|its|plusieurs|divers|ses|mehreren|verschiedenen|seinen|varios|diversos|sus|vari|diversi|suoi|v[áa]rios|seus)\s)?(?:original equipment manufacturers|OEMs|(?:hardware |server |equipment )?(?:suppliers|vendors|manufacturers)|fabricants|fournisseurs|Erstausr[üu]stern|Herstellern|Zulieferern|Lieferanten|fabricantes|proveedores|produttori|fornitori|fornecedores)(?![\p{L}-])/iu;

/** Does the text before the amount tell the purchase's seller only as a class of companies? */
export const soldByUnnamedVendors = (before: string): boolean => UNNAMED_VENDOR_RE.test(before);
