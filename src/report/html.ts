/**
 * Report -> one self-contained HTML page: the two accounts side by side, each sentence labelled and linked to its
 * counterparts. Inline CSS and JS only; a Content-Security-Policy with hashes of that CSS and JS forbids anything
 * else (no network, no other script), and every text from the report is escaped. Reads the report only.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { parseOrThrow } from '../errors';
import type { Cue, Link, Report } from '../schemas';
import {
  CONFLICT_KINDS,
  SHARED_KINDS,
  accountName,
  cuesFor,
  other,
  pieces,
  ref,
  sentenceMarks,
  sentenceViews,
  type MarkKind,
  type SentenceView,
  type Side,
} from './_marks';
import { PALETTE as P } from './_palette';

/** Options of `toHTML()`. */
export const HTMLOptionsSchema = z.strictObject({
  /** The page title (default: "<title of a> vs <title of b>"). */
  title: z.string().optional(),
  /** The page's language, a BCP 47 tag for the `lang` attribute (default: 'en'). */
  lang: z
    .string()
    .regex(/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/, 'a BCP 47 language tag such as en or pt-BR')
    .default('en'),
});
export type HTMLOptions = z.input<typeof HTMLOptionsSchema>;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML element content and quoted attribute values alike. NUL, which HTML parsers replace
 * anyway, becomes U+FFFD here so that the page is valid.
 */
export function escapeHTML(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!).replace(/\0/g, '\uFFFD');
}
const h = escapeHTML;

const LABEL: Record<Link['relation'], string> = {
  contradiction: 'Contradiction',
  partial: 'Partial',
  agreement: 'Agreement',
};

const STANCE: Record<Report['summary']['stance'], string> = {
  disputes: 'disputes',
  agrees: 'agrees with',
  discusses: 'discusses, without taking a side,',
  unrelated: 'is unrelated to',
};

const MARK_CLASS: Record<MarkKind, string> = { changed: 'chg', evidence: 'ev', hedge: 'hg' };

const id = (side: Side, index: number) => `${side}-${index + 1}`;

function sentenceText(view: SentenceView): string {
  const marks = sentenceMarks(view);
  return pieces(view.sentence.text, marks)
    .map((p) => {
      if (p.kinds.size === 0) return h(p.text);
      const cls = [...p.kinds].map((k) => MARK_CLASS[k]).join(' ');
      const title = p.kinds.has('changed') ? ` title="not in the counterpart"` : '';
      return `<span class="${cls}"${title}>${h(p.text)}</span>`;
    })
    .join('');
}

function cueItem(cue: Cue): string {
  const cls = CONFLICT_KINDS.has(cue.kind) ? 'cue conflict' : cue.kind === 'hedge' ? 'cue hedge' : 'cue';
  const colon = cue.detail.indexOf(': ');
  const body =
    colon > 0 && colon < 24
      ? `<b>${h(cue.detail.slice(0, colon + 1))}</b> ${h(cue.detail.slice(colon + 2))}`
      : h(cue.detail);
  return `<li class="${cls}" title="rule ${h(cue.rule)}">${body}</li>`;
}

function cueList(cues: readonly Cue[]): string {
  const main = cues.filter((c) => !SHARED_KINDS.has(c.kind));
  const shared = cues.filter((c) => SHARED_KINDS.has(c.kind));
  let out = main.length > 0 ? `<ul class="cues">${main.map(cueItem).join('')}</ul>` : '';
  if (shared.length > 0) {
    const n = shared.length;
    out +=
      `<details class="more"><summary>${n} shared name${n === 1 ? '' : 's'} or word${n === 1 ? '' : 's'}</summary>` +
      `<ul class="cues">${shared.map(cueItem).join('')}</ul></details>`;
  }
  return out;
}

function linkItem(view: SentenceView, link: Link): string {
  const to = other(view.side);
  const targets = [...new Set(link[to])].sort((x, y) => x - y);
  const anchors = targets
    .map((j) => `<a class="to" href="#${id(to, j)}" data-to="${id(to, j)}">${ref(to, j)}</a>`)
    .join(', ');
  return (
    `<li class="lk"><div class="lk-head"><span class="tag t-${link.relation}">${LABEL[link.relation]}</span>` +
    ` <span class="with">with</span> <span class="tos">${anchors}</span>` +
    ` <span class="sim">similarity ${link.similarity.toFixed(2)}</span></div>` +
    cueList(cuesFor(link, view.side, view.sentence)) +
    `</li>`
  );
}

function sentenceItem(view: SentenceView, textLang: string): string {
  const { side, sentence } = view;
  const to = other(side);
  const counterparts = [...new Set(view.links.flatMap((l) => l[to]))].sort((x, y) => x - y);
  const kind =
    view.relation ??
    (view.salience !== undefined ? 'omission' : view.repeats !== undefined ? 'repeat' : 'none');
  const classes = ['s', `k-${kind}`];
  const relations = new Set(view.links.map((l) => l.relation));
  if (relations.has('contradiction')) classes.push('f-contradiction');
  if (relations.has('agreement') || relations.has('partial')) classes.push('f-shared');
  if (view.salience !== undefined) classes.push('f-omission');
  const meta: string[] = [`<span class="num">${ref(side, sentence.index)}</span>`];
  if (view.salience !== undefined) {
    meta.push(
      `<span class="tag t-omission" title="omission: ${other(side).toUpperCase()} has no counterpart">Only in ${side.toUpperCase()}</span>`,
      `<span class="sal">salience ${view.salience.toFixed(2)}</span>`,
    );
  }
  if (view.repeats !== undefined) {
    meta.push(
      `<span class="tag t-repeat">Repeat</span> <span class="with">of</span> ` +
        `<a class="to" href="#${id(side, view.repeats)}" data-to="${id(side, view.repeats)}">${ref(side, view.repeats)}</a>`,
    );
  }
  const dataTo = counterparts.length > 0 ? ` data-to="${counterparts.map((j) => id(to, j)).join(' ')}"` : '';
  const links =
    view.links.length > 0 ? `<ul class="lks">${view.links.map((l) => linkItem(view, l)).join('')}</ul>` : '';
  return (
    `<li class="${classes.join(' ')}" id="${id(side, sentence.index)}" tabindex="-1"${dataTo}>` +
    `<div class="s-meta">${meta.join(' ')}</div>` +
    `<p class="s-text"${textLang}>${sentenceText(view)}</p>${links}</li>`
  );
}

function column(report: Report, side: Side, pageLang: string): string {
  const account = report[side];
  const n = account.sentences.length;
  // The accounts' own language where it is not the page's, for screen readers and hyphenation.
  const textLang =
    report.language !== undefined && report.language.toLowerCase() !== pageLang.toLowerCase()
      ? ` lang="${h(report.language)}"`
      : '';
  const items = sentenceViews(report, side)
    .map((view) => sentenceItem(view, textLang))
    .join('');
  return (
    `<section class="col" id="col-${side}" aria-labelledby="h-${side}">` +
    `<h2 id="h-${side}"><span class="side">${side.toUpperCase()}</span> ${h(accountName(account))}` +
    ` <span class="n-s">${n} sentence${n === 1 ? '' : 's'}</span></h2>` +
    (n > 0 ? `<ol class="sents">${items}</ol>` : '<p class="empty-text">This account has no text.</p>') +
    `<p class="none" hidden>No sentence of ${side.toUpperCase()} matches this filter.</p></section>`
  );
}

function header(report: Report, title: string): string {
  const { summary, a, b } = report;
  const count = (cls: string, label: string, key: string, n: number) =>
    `<li class="count"><span class="tag t-${cls}">${label}</span> <span class="n" data-count="${key}">${n}</span></li>`;
  const filters = [
    ['all', 'All'],
    ['contradiction', 'Only contradictions'],
    ['omission', 'Only omissions'],
    ['shared', 'Only agreements and partials'],
  ]
    .map(
      ([f, label]) =>
        `<button type="button" data-filter="${f}" aria-pressed="${f === 'all'}">${label}</button>`,
    )
    .join('');
  return (
    `<header class="top"><p class="kicker">corroborate report</p>` +
    `<h1>${h(title)}</h1>` +
    `<p class="stance"><span class="side">B</span> ${h(accountName(b))} ` +
    `<strong class="stance-word" data-stance="${summary.stance}">${STANCE[summary.stance]}</strong> ` +
    `<span class="side">A</span> ${h(accountName(a))} ` +
    `<span class="conf">(stance confidence ${summary.confidence.toFixed(2)}` +
    (summary.topic === undefined ? '' : `; B mentions ${Math.round(100 * summary.topic)}% of A’s subject`) +
    `)</span></p>` +
    `<ul class="counts" aria-label="Counts">` +
    count('contradiction', 'Contradiction', 'contradictions', summary.contradictions) +
    count('partial', 'Partial', 'partials', summary.partials) +
    count('agreement', 'Agreement', 'agreements', summary.agreements) +
    count('omission', 'Only in A', 'omissions-a', summary.omissions.a) +
    count('omission', 'Only in B', 'omissions-b', summary.omissions.b) +
    `</ul><div class="toolbar"><div class="filters" role="group" aria-label="Show">${filters}</div>` +
    `<p id="status" class="status" role="status" aria-live="polite"></p></div>` +
    `<p class="legend"><span class="ev">Underlined</span> words are the evidence for a contradiction, ` +
    `<span class="hg">wavy</span> ones hedge a claim, and <span class="chg">dotted</span> ones differ from the ` +
    `counterpart. Hover over or focus a sentence to light up its counterparts; click it, or a link such as ` +
    `<span class="ex">B1</span>, to go there. Esc clears.</p></header>`
  );
}

// Contrast ratios of every text/background pair below are in ./_palette.ts and checked by a test.
const CSS = `:root{color-scheme:light;--fg:${P.text};--muted:${P.muted};--bg:${P.page};--panel:${P.panel};--line:${P.line};--focus:${P.link};--chg:${P.changed};--c-contradiction:${P.contradiction};--t-contradiction:${P.contradictionTint};--c-partial:${P.partial};--t-partial:${P.partialTint};--c-agreement:${P.agreement};--t-agreement:${P.agreementTint};--c-omission:${P.omission};--t-omission:${P.omissionTint};--c-repeat:${P.repeat};--t-repeat:${P.repeatTint}}
*{box-sizing:border-box}
html,body{margin:0;height:100%}
body{display:flex;flex-direction:column;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);background:var(--bg)}
a{color:var(--focus)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:8px;top:-40px;background:var(--fg);color:#fff;padding:6px 10px;border-radius:4px;z-index:5}
.skip:focus{top:8px}
.top{padding:12px 20px 10px;background:var(--panel);border-bottom:1px solid var(--line)}
.kicker{margin:0;font-size:.75rem;letter-spacing:.06em;text-transform:uppercase;color:var(--muted)}
h1{margin:2px 0 4px;font-size:1.3rem;line-height:1.3}
.stance{margin:0 0 8px}
.stance-word{font-size:1.05em}
.conf,.sim,.sal,.n-s,.with{color:var(--muted);font-size:.85em;font-weight:400}
.side{display:inline-block;min-width:1.5em;padding:0 .3em;border:1px solid var(--fg);border-radius:4px;font-size:.8em;font-weight:700;text-align:center;line-height:1.35}
.counts{display:flex;flex-wrap:wrap;gap:6px 10px;margin:0;padding:0;list-style:none}
.count{display:inline-flex;align-items:center;gap:6px;padding:2px 10px 2px 2px;border:1px solid var(--line);border-radius:999px;background:var(--bg)}
.count .n{font-weight:700;font-variant-numeric:tabular-nums}
.tag{display:inline-block;padding:1px 8px;border-radius:999px;background:var(--c,var(--c-repeat));color:#fff;font-size:.72rem;font-weight:700;letter-spacing:.04em;text-transform:uppercase;white-space:nowrap}
.t-contradiction{--c:var(--c-contradiction)}.t-partial{--c:var(--c-partial)}.t-agreement{--c:var(--c-agreement)}.t-omission{--c:var(--c-omission)}.t-repeat{--c:var(--c-repeat)}
.toolbar{display:flex;flex-wrap:wrap;align-items:center;gap:6px 14px;margin-top:10px}
.filters{display:flex;flex-wrap:wrap;gap:6px}
.filters button{font:inherit;font-size:.85rem;padding:3px 12px;border:1px solid var(--muted);border-radius:6px;background:var(--bg);color:var(--fg);cursor:pointer}
.filters button[aria-pressed="true"]{background:var(--fg);border-color:var(--fg);color:#fff}
.nojs .filters{display:none}
.status{margin:0;color:var(--muted);font-size:.85rem}
.legend{margin:8px 0 0;color:var(--muted);font-size:.82rem}
.legend .ex{color:var(--focus);font-weight:700;text-decoration:underline}
.cols{flex:1;min-height:0;display:grid;grid-template-columns:1fr 1fr}
.col{overflow-y:auto;padding:0 18px 40px;scroll-padding-top:56px}
.col+.col{border-left:1px solid var(--line)}
.col h2{position:sticky;top:0;z-index:1;margin:0 -18px;padding:10px 18px;font-size:1rem;background:var(--bg);border-bottom:1px solid var(--line)}
.sents{margin:0;padding:0;list-style:none}
.s{position:relative;margin:12px 0;padding:8px 12px 10px 14px;border:1px solid var(--line);border-left:6px solid var(--c,var(--line));border-radius:6px;background:var(--t,var(--bg));cursor:default}
.s[data-to]{cursor:pointer}
.k-contradiction{--c:var(--c-contradiction);--t:var(--t-contradiction)}.k-partial{--c:var(--c-partial);--t:var(--t-partial)}.k-agreement{--c:var(--c-agreement);--t:var(--t-agreement)}.k-omission{--c:var(--c-omission);--t:var(--t-omission)}.k-repeat{--c:var(--c-repeat);--t:var(--t-repeat)}
.s-meta{display:flex;flex-wrap:wrap;align-items:center;gap:6px;font-size:.8rem}
.num{font-weight:700}
.s-text{margin:4px 0 0}
.ev{font-weight:650;text-decoration:underline 2px var(--c-contradiction);text-underline-offset:3px}
.hg{font-style:italic;text-decoration:underline wavy var(--c-partial) 1px;text-underline-offset:3px}
.chg{background:var(--chg);text-decoration:underline dotted var(--fg) 1px;text-underline-offset:3px;border-radius:2px}
.lks{display:grid;gap:6px;margin:8px 0 0;padding:8px 0 0;list-style:none;border-top:1px dashed var(--line)}
.lk-head{display:flex;flex-wrap:wrap;align-items:center;gap:4px 6px;font-size:.85rem}
a.to{font-weight:700}
.cues{display:flex;flex-wrap:wrap;gap:4px;margin:4px 0 0;padding:0;list-style:none}
.cue{padding:1px 7px;border:1px solid var(--line);border-radius:4px;background:var(--bg);font-size:.78rem}
.cue.conflict{border-color:var(--c-contradiction)}
.cue.hedge{border-color:var(--c-partial)}
.more{margin-top:4px;font-size:.78rem;color:var(--muted)}
.more summary{cursor:pointer;width:max-content}
.more .cues{color:var(--fg)}
.s:target,.is-target,.is-cp{outline:3px solid var(--focus);outline-offset:2px}
.is-origin,.is-src{box-shadow:0 0 0 3px var(--bg),0 0 0 5px var(--muted)}
.is-origin::after{content:"selected";position:absolute;top:-9px;right:10px;padding:0 8px;border-radius:999px;background:var(--fg);color:#fff;font-size:.7rem;font-weight:700;line-height:1.5;letter-spacing:.04em;text-transform:uppercase}
.is-target::after,.is-cp::after{content:"counterpart";position:absolute;top:-9px;right:10px;padding:0 8px;border-radius:999px;background:var(--focus);color:#fff;font-size:.7rem;font-weight:700;line-height:1.5;letter-spacing:.04em;text-transform:uppercase}
.none,.empty-text{color:var(--muted);font-style:italic}
[hidden]{display:none!important}
@media (max-width:760px){html,body{height:auto}body{display:block}.cols{display:block}.col{overflow:visible}.col+.col{border-left:0;border-top:1px solid var(--line)}}
@media (prefers-reduced-motion:reduce){*{scroll-behavior:auto!important;transition:none!important}}
@media print{html,body{height:auto;font-size:10pt}body{display:block}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}.skip,.toolbar,.legend{display:none}.top{background:none;border-bottom:2px solid var(--fg)}.cols{display:grid;grid-template-columns:1fr 1fr;gap:0 12px}.col{overflow:visible;padding:0}.col+.col{border-left:0}.col h2{position:static;margin:0}.s{break-inside:avoid;margin:6px 0}.s:target,.is-target,.is-cp,.is-origin,.is-src{outline:0;box-shadow:none}.is-origin::after,.is-target::after,.is-cp::after{content:none}a{color:inherit;text-decoration:none}.more{display:none}}`;

// No data inside: the script reads the page. ES2017, no dependencies.
const JS = `(function(){"use strict";
var d=document,body=d.body;body.classList.remove("nojs");
var sents=[].slice.call(d.querySelectorAll(".s"));
var buttons=[].slice.call(d.querySelectorAll(".filters button"));
var status=d.getElementById("status");
function ids(el){return ((el&&el.getAttribute("data-to"))||"").split(" ").filter(Boolean);}
function els(list){return list.map(function(x){return d.getElementById(x);}).filter(Boolean);}
var lit=[],moving=false;
function unlight(){lit.forEach(function(e){e.classList.remove("is-src","is-cp");});lit=[];}
function light(src,list){unlight();src.classList.add("is-src");lit.push(src);els(list).forEach(function(e){e.classList.add("is-cp");lit.push(e);});}
function unpin(){[].slice.call(d.querySelectorAll(".is-origin,.is-target")).forEach(function(e){e.classList.remove("is-origin","is-target");});}
function go(src,list,keyboard){var targets=els(list);if(!targets.length)return;unpin();src.classList.add("is-origin");
if(targets.some(function(t){return t.hidden;}))setFilter("all");
targets.forEach(function(t){t.classList.add("is-target");});
var reduce=window.matchMedia&&matchMedia("(prefers-reduced-motion: reduce)").matches;
targets[0].scrollIntoView({block:"center",behavior:reduce?"auto":"smooth"});
if(keyboard){moving=true;targets[0].focus({preventScroll:true});moving=false;}}
function setFilter(f){var shown=0;
sents.forEach(function(s){var on=f==="all"||s.classList.contains("f-"+f);s.hidden=!on;if(on)shown++;});
buttons.forEach(function(b){b.setAttribute("aria-pressed",String(b.getAttribute("data-filter")===f));});
[].slice.call(d.querySelectorAll(".col")).forEach(function(c){var n=c.querySelector(".none");if(n)n.hidden=!!c.querySelector(".s:not([hidden])")||!c.querySelector(".s");});
body.setAttribute("data-filter",f);
if(status)status.textContent=(f==="all"?"Showing all ":"Showing ")+shown+" of "+sents.length+" sentences";}
sents.forEach(function(s){
s.addEventListener("mouseenter",function(){light(s,ids(s));});
s.addEventListener("mouseleave",unlight);
s.addEventListener("focusin",function(e){if(moving)return;var a=e.target.closest("[data-to]");light(s,ids(a&&a!==s?a:s));});
s.addEventListener("focusout",unlight);
s.addEventListener("click",function(e){var a=e.target.closest("a.to");
if(a){e.preventDefault();go(s,ids(a),e.detail===0);return;}
if(e.target.closest("summary,details,a,button"))return;
var sel=window.getSelection&&getSelection();if(sel&&String(sel).length>0)return;
go(s,ids(s),false);});
s.addEventListener("keydown",function(e){var a=e.target.closest("a.to");
if(a&&(e.key===" "||e.key==="Spacebar")){e.preventDefault();go(s,ids(a),true);}
else if(e.target===s&&(e.key==="Enter"||e.key===" ")){e.preventDefault();go(s,ids(s),true);}});});
d.addEventListener("keydown",function(e){if(e.key==="Escape"){unpin();unlight();}});
buttons.forEach(function(b){b.addEventListener("click",function(){setFilter(b.getAttribute("data-filter"));});});
setFilter("all");})();`;

let policy: string | undefined;
/** The page's Content-Security-Policy: nothing but this CSS and this script, identified by their hashes. */
function csp(): string {
  const sha = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
  policy ??=
    `default-src 'none'; style-src ${sha(CSS)}; script-src ${sha(JS)}; ` +
    `base-uri 'none'; form-action 'none'`;
  return policy;
}

/**
 * Renders a report as one self-contained HTML page: the two accounts in columns side by side; each sentence
 * labelled Contradiction, Partial, Agreement or Only in A/B (colour and text), with the cues that explain the
 * label and word-level differences inside linked pairs; hovering or focusing a sentence lights up its
 * counterparts, clicking goes to them; filters for contradictions and omissions; keyboard use and print styles.
 * The page loads nothing from the network and runs no script but its own: all report text is escaped, and a
 * Content-Security-Policy allows only the page's own CSS and JS. Sentence elements have ids `a-1`, `b-3`, ... so
 * `report.html#b-3` opens at B3.
 *
 * @example
 * import { writeFileSync } from 'node:fs';
 * writeFileSync('report.html', toHTML(compare(a, b), { title: 'Report vs statement' }));
 */
export function toHTML(report: Report, options?: HTMLOptions): string {
  const opts = parseOrThrow(HTMLOptionsSchema, options ?? {}, 'E_INVALID_OPTIONS', 'HTML options');
  const title = opts.title ?? `${accountName(report.a)} vs ${accountName(report.b)}`;
  return (
    `<!doctype html>\n<html lang="${h(opts.lang)}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<meta http-equiv="Content-Security-Policy" content="${csp()}">\n` +
    `<meta name="generator" content="corroborate">\n` +
    `<title>${h(title)}</title>\n<style>${CSS}</style>\n</head>\n` +
    `<body class="nojs" data-filter="all">\n<a class="skip" href="#col-a">Skip to the accounts</a>\n` +
    `${header(report, title)}\n<main class="cols">\n${column(report, 'a', opts.lang)}\n${column(report, 'b', opts.lang)}\n</main>\n` +
    `<script>${JS}</script>\n</body>\n</html>\n`
  );
}
