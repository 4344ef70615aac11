/**
 * `kinship/no-jsx-prose`: words people read belong in the message catalogues (decision 023), not in JSX. Refuses
 * JSX text of two or more words, and prose (two or more words) in a string given to a prop people read or hear.
 * Enabled for every file of app/ and components/ (TRANSLATED in eslint.config.mjs), app/dev/ aside.
 */
const PROSE = /\p{L}[\p{L}'’-]*[\s\u00a0]+[\p{L}\p{N}][\p{L}'’-]*/u;
const READ_PROPS = new Set([
  "title",
  "label",
  "description",
  "placeholder",
  "alt",
  "aria-label",
  "aria-description",
  "aria-placeholder",
  "aria-roledescription",
  "aria-valuetext",
  "pendingLabel",
  "message",
]);

const MESSAGE = "Prose in JSX: put it in messages/en.json and use t() (decision 023).";

function proseIn(node) {
  if (!node) return false;
  if (node.type === "Literal") return typeof node.value === "string" && PROSE.test(node.value);
  // `Theme: ${current}. Switch to…`: the words around the placeholders, a placeholder counting as a word.
  if (node.type === "TemplateLiteral") return PROSE.test(node.quasis.map((q) => q.value.cooked ?? "").join("x"));
  if (node.type === "JSXExpressionContainer") return proseIn(node.expression);
  if (node.type === "ConditionalExpression") return proseIn(node.consequent) || proseIn(node.alternate);
  if (node.type === "LogicalExpression") return proseIn(node.left) || proseIn(node.right);
  return false;
}

const rule = {
  meta: {
    type: "problem",
    docs: { description: "Refuse hard-coded prose in JSX in translated folders." },
    schema: [],
  },
  create(context) {
    return {
      JSXText(node) {
        if (PROSE.test(node.value)) context.report({ node, message: MESSAGE });
      },
      JSXExpressionContainer(node) {
        if (node.parent?.type === "JSXAttribute") return;
        if (proseIn(node.expression)) context.report({ node, message: MESSAGE });
      },
      JSXAttribute(node) {
        const name = node.name.type === "JSXIdentifier" ? node.name.name : null;
        if (name && READ_PROPS.has(name) && proseIn(node.value)) context.report({ node, message: MESSAGE });
      },
    };
  },
};

export default rule;
