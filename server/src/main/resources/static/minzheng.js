// Shared by the two pages: the language switch and the labels in Chinese and English.
'use strict';
const TEXT = {
  zh: {},
  en: {
    title: 'Social-assistance benefits', toStandards: 'Standards browser', toCalculate: 'Calculate benefits',
    language: 'Language', household: 'Household', householdId: 'Household ID', region: 'Region',
    residence: 'Residence', urban: 'Urban', rural: 'Rural', assets: 'Household assets within the limits',
    month: 'Benefit month', knowledgeDate: 'Knowledge date (calculate with the standards published by that day; empty: today)',
    members: 'Members', addMember: 'Add a member', removeMember: 'Remove this member',
    calculate: 'Calculate', results: 'Results', resultsCaption: 'Each scheme\'s result', scheme: 'Scheme',
    beneficiary: 'Beneficiary', outcome: 'Outcome', amount: 'Amount (yuan)', residentId: 'Resident ID',
    supporter: 'Has a capable supporter', wages: 'Wages over the last 12 months (yuan)', disability: 'Disability',
    none: 'none', grade: 'Grade', selfCare: 'Daily activities the person cannot do (comma-separated, e.g. EATING,BATHING; empty: not assessed)',
    member: 'Member', explanation: 'Explanation', total: 'Total per month', standardsTitle: 'Standards in force',
    date: 'Date', show: 'Show', valuesCaption: 'Every parameter in force in the region on the date, with its source',
    parameter: 'Parameter', value: 'Value', period: 'Effective', document: 'Document', status: 'Status',
    module: 'Module / level', ELIGIBLE: 'eligible', INELIGIBLE: 'not eligible', UNDETERMINED: 'undetermined'
  }
};
const ZH = {};
document.querySelectorAll('[data-t]').forEach(e => { ZH[e.dataset.t] = e.textContent; });
document.querySelectorAll('template').forEach(tp => tp.content.querySelectorAll('[data-t]').forEach(e => { ZH[e.dataset.t] = e.textContent; }));
TEXT.zh = ZH;
ZH.member = '成员'; ZH.explanation = '说明'; ZH.total = '每月合计';
ZH.knownOn = '按 {0} 已知(已发布)的标准计算'; TEXT.en.knownOn = 'Calculated as known on {0}: only standards published by then';
ZH.ELIGIBLE = '符合'; ZH.INELIGIBLE = '不符合'; ZH.UNDETERMINED = '待定';

function lang() { return document.getElementById('lang').value; }
function t(key) { return (TEXT[lang()] && TEXT[lang()][key]) || ZH[key] || key; }
function translate(root) {
  (root || document).querySelectorAll('[data-t]').forEach(e => { e.textContent = t(e.dataset.t); });
}
function onLanguage(then) {
  const select = document.getElementById('lang');
  select.value = localStorage.getItem('minzheng.lang') || 'zh';
  const apply = () => {
    document.documentElement.lang = lang();
    localStorage.setItem('minzheng.lang', lang());
    translate();
    if (then) { then(); }
  };
  select.addEventListener('change', apply);
  apply();
}
async function api(path, options) {
  const o = Object.assign({ headers: {} }, options || {});
  o.headers['Accept-Language'] = lang();
  const response = await fetch('api/v1/' + path, o);
  const body = await response.json();
  if (!response.ok) {
    const first = (body.errors || [])[0] || {};
    throw new Error((first.field ? first.field + (first.value ? ' = ' + first.value : '') + ': ' : '') + (first.message || body.detail));
  }
  return body;
}
function showError(e) {
  const p = document.getElementById('error');
  p.textContent = e ? e.message : '';
  p.hidden = !e;
}
async function fillRegions() {
  const s = await api('standards');
  const select = document.getElementById('region');
  const current = select.value || '410402';
  select.innerHTML = '';
  for (const r of s.regions) {
    const o = document.createElement('option');
    o.value = r.code;
    o.textContent = r.code + ' ' + (lang() === 'en' ? r.english : r.chinese);
    select.appendChild(o);
  }
  select.value = current;
}
