// The caseworker page: a household in, each scheme's outcome, amount and explanation out.
'use strict';
let memberCount = 0;
function addMember(id) {
  const node = document.getElementById('member-template').content.firstElementChild.cloneNode(true);
  const n = ++memberCount;
  node.id = 'member-' + n;
  node.querySelector('legend').textContent = t('member') + ' ' + n;
  node.querySelectorAll('input, select').forEach(input => {
    const cls = input.className;
    input.id = cls + '-' + n;
    const label = input.closest('p').querySelector('label:not([for])');
    if (label && !label.htmlFor && cls !== 'm-grade') { label.htmlFor = input.id; }
  });
  node.querySelector('.m-grade').setAttribute('aria-label', t('grade'));
  const gradeLabel = [...node.querySelectorAll('label')].find(l => l.dataset.t === 'grade');
  gradeLabel.htmlFor = 'm-grade-' + n;
  if (id) { node.querySelector('.m-id').value = id; }
  node.querySelector('.m-remove').addEventListener('click', () => node.remove());
  translate(node);
  document.getElementById('members').appendChild(node);
  return node;
}
function household() {
  const f = document.getElementById('household-form');
  const members = [...document.querySelectorAll('#members .member')].map(m => {
    const p = { id: m.querySelector('.m-id').value.trim(), hasCapableSupporter: m.querySelector('.m-supporter').checked, incomes: [] };
    const wages = m.querySelector('.m-wages').value.trim();
    if (wages) { p.incomes.push({ category: 'WAGES', amount: wages }); }
    const d = m.querySelector('.m-disability').value;
    if (d) { p.disability = { category: d, grade: Number(m.querySelector('.m-grade').value) }; }
    const sc = m.querySelector('.m-selfcare').value.trim();
    if (sc) { p.selfCare = { unable: sc.split(',').map(s => s.trim().toUpperCase()).filter(s => s) }; }
    return p;
  });
  return {
    id: f.elements.id.value.trim(), region: f.elements.region.value, residenceType: f.elements.residenceType.value,
    assetsWithinLimits: f.elements.assetsWithinLimits.checked, members
  };
}
async function submit(event) {
  event.preventDefault();
  showError(null);
  const table = document.getElementById('results');
  const body = table.querySelector('tbody');
  const explanations = document.getElementById('explanations');
  try {
    const request = { month: document.getElementById('month').value, household: household() };
    const knownOn = document.getElementById('knowledge-date').value;
    if (knownOn) { request.knowledgeDate = knownOn; }
    const r = await api('calculate', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request) });
    body.innerHTML = '';
    explanations.innerHTML = '';
    r.results.forEach((s, i) => {
      const tr = document.createElement('tr');
      tr.id = 'result-' + s.scheme + '-' + i;
      const cells = [s.schemeName, s.beneficiary.kind === 'HOUSEHOLD' ? t('household') : s.beneficiary.id, t(s.outcome) + ' (' + s.outcome + ')',
        s.amount || ''];
      cells.forEach((c, j) => { const td = document.createElement('td'); td.textContent = c; if (j === 3) { td.className = 'amount'; } tr.appendChild(td); });
      body.appendChild(tr);
      const details = document.createElement('details');
      const summary = document.createElement('summary');
      summary.textContent = t('explanation') + ': ' + s.schemeName + ' (' + (s.beneficiary.kind === 'HOUSEHOLD' ? t('household') : s.beneficiary.id) + ')';
      const pre = document.createElement('pre');
      pre.className = 'explanation';
      pre.textContent = [s.explanation, ...s.reasons.map(x => x.text), ...s.missingFacts.map(x => x.text)].filter(x => x).join('\n');
      details.append(summary, pre);
      if (s.outcome === 'ELIGIBLE') { details.open = true; }
      explanations.appendChild(details);
    });
    document.getElementById('total').textContent = t('total') + ': ' + r.total;
    // the server names the knowledge date when it is not today (rules.md §11)
    const known = document.getElementById('known-on');
    known.textContent = r.knowledgeDate ? t('knownOn').replace('{0}', r.knowledgeDate) : '';
    known.hidden = !r.knowledgeDate;
    table.hidden = false;
  } catch (e) {
    table.hidden = true;
    document.getElementById('known-on').hidden = true;
    showError(e);
  }
}
onLanguage(() => { fillRegions().catch(showError); document.querySelectorAll('#members .member legend').forEach((l, i) => { l.textContent = t('member') + ' ' + (i + 1); }); });
document.getElementById('add-member').addEventListener('click', () => addMember().querySelector('.m-id').focus());
document.getElementById('household-form').addEventListener('submit', submit);
addMember();
