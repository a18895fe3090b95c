// Words on screen go through t() (src/i18n), so that every language gets them: this rule fails on
// words written straight into JSX, as text, as a string in braces, or in a prop people read or
// hear (aria-label, title, placeholder, alt, label...). Technical props (className, type, href,
// role...) and single letters (shortcut keys) are left alone.

/** Props whose strings are not words for people. */
const TECHNICAL = new Set([
  "className",
  "class",
  "id",
  "key",
  "type",
  "role",
  "href",
  "to",
  "src",
  "rel",
  "target",
  "name",
  "value",
  "htmlFor",
  "inputMode",
  "autoComplete",
  "enterKeyHint",
  "method",
  "action",
  "dir",
  "lang",
  "variant",
  "tone",
  "size",
  "side",
  "align",
  "as",
  "form",
  "pattern",
  "accept",
  "mode",
  "kind",
  "spellCheck",
  "autoCapitalize",
  "aria-hidden",
  "aria-live",
  "aria-haspopup",
  "aria-current",
  "aria-controls",
  "aria-labelledby",
  "aria-describedby",
  "aria-keyshortcuts",
  "aria-invalid",
  "aria-expanded",
  "aria-orientation",
  "aria-atomic",
  "aria-relevant",
  "aria-busy",
  "aria-modal",
  "aria-autocomplete",
  "aria-sort",
  "aria-activedescendant",
  "dateTime",
  "viewBox",
  "fill",
  "stroke",
  "d",
  "xmlns",
  "strokeWidth",
  "strokeLinecap",
  "strokeLinejoin",
  "fillRule",
  "clipRule",
  "focusable",
  "tabIndex",
  "data-testid",
  "scope",
  "colSpan",
  "rowSpan",
  "loading",
  "decoding",
  "referrerPolicy",
  "crossOrigin",
  "fetchPriority",
  "direction",
  "position",
  "icon",
  "path",
]);
const hasWords = (text) => /\p{L}{2,}/u.test(text);
const isWordy = (node) =>
  (node?.type === "Literal" && typeof node.value === "string" && hasWords(node.value)) ||
  (node?.type === "TemplateLiteral" && node.quasis.some((q) => hasWords(q.value.cooked ?? "")));

export const noWordsInJsx = {
  meta: {
    type: "problem",
    docs: { description: "Words on screen go through t() (src/i18n)" },
    messages: { words: 'Words on screen go through t() (src/i18n): "{{text}}"' },
    schema: [],
  },
  create(context) {
    const report = (node, text) =>
      context.report({ node, messageId: "words", data: { text: text.trim().slice(0, 40) } });
    const inspect = (node) => {
      if (!node) return;
      if (isWordy(node)) return report(node, node.type === "Literal" ? node.value : node.quasis[0].value.cooked);
      if (node.type === "ConditionalExpression") return [node.consequent, node.alternate].forEach(inspect);
      if (node.type === "LogicalExpression") return inspect(node.right);
    };
    return {
      JSXText(node) {
        if (hasWords(node.value)) report(node, node.value);
      },
      JSXExpressionContainer(node) {
        if (node.parent.type !== "JSXAttribute") inspect(node.expression);
      },
      JSXAttribute(node) {
        const name = node.name.type === "JSXNamespacedName" ? node.name.name.name : node.name.name;
        if (TECHNICAL.has(name) || name.startsWith("data-") || name.startsWith("on")) return;
        if (node.value?.type === "Literal") inspect(node.value);
        else if (node.value?.type === "JSXExpressionContainer") inspect(node.value.expression);
      },
    };
  },
};
