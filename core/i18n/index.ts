// The one i18n module of Kube Apprenti (no vscode import): language type, placeholder filling with French
// typography, product prefix and typed per-domain catalogues (core/i18n/<domain>/{fr,en}.ts).
export { type Lang, LANGS, asLang } from './lang';
export { type Args, format, placeholders, frenchTypography, typeset } from './format';
export { PRODUCT_NAME, prefixed, productPrefix } from './product';
export { type Domain, domain, msg, translator, plural } from './catalogue';
