// The standards browser: region + date -> every parameter in force, with its document, status and module.
'use strict';
async function show(event) {
  if (event) { event.preventDefault(); }
  showError(null);
  const table = document.getElementById('values');
  const body = table.querySelector('tbody');
  try {
    const s = await api('standards?region=' + encodeURIComponent(document.getElementById('region').value)
      + '&date=' + encodeURIComponent(document.getElementById('date').value));
    body.innerHTML = '';
    for (const v of s.values) {
      const tr = document.createElement('tr');
      const doc = v.document;
      const cells = [
        v.parameter + ' ' + (lang() === 'en' ? v.english : v.chinese),
        v.value + ' ' + (lang() === 'en' ? v.unitEnglish : v.unit),
        v.effectiveFrom + ' – ' + (v.effectiveUntil || ''),
        doc.documentNumber + (doc.article ? ' ' + doc.article : '') + ' ' + (lang() === 'en' && doc.titleEnglish ? doc.titleEnglish : doc.title),
        v.status + (v.datingStatus !== v.status ? ' (dating ' + v.datingStatus + ')' : ''),
        v.module + ' ' + v.moduleVersion + ' / ' + v.suppliedBy
      ];
      cells.forEach(c => { const td = document.createElement('td'); td.textContent = c; tr.appendChild(td); });
      body.appendChild(tr);
    }
    table.hidden = false;
  } catch (e) {
    table.hidden = true;
    showError(e);
  }
}
onLanguage(() => fillRegions().then(() => { if (!document.getElementById('values').hidden) { show(); } }).catch(showError));
document.getElementById('standards-form').addEventListener('submit', show);
