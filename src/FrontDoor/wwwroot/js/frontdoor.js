// Runs first in <body>: marks the page as having JavaScript so GOV.UK Frontend's enhanced styles apply.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
