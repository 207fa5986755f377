/** English — The frame of every public page: site name, navigation, language switch, footer, common words, errors. In the entry chunk. Same keys as ../id/common. */
import type commonId from '../id/common';

const common: typeof commonId = {
  meta: {
    siteName: 'SIGAP',
    siteLong: 'Complaint Handling Information System',
    agency: 'Social Affairs, Population and Civil Registration Office of Jambi Province',
    agencyShort: 'Dinsos Dukcapil, Jambi Province',
    government: 'Jambi Provincial Government',
    pageTitle: '{{page}} — SIGAP Dinsos Dukcapil Jambi Province',
    homeTitle: 'SIGAP — Public Complaint Service of Dinsos Dukcapil, Jambi Province',
  },
  a11y: {
    skipToContent: 'Skip to main content',
    mainNav: 'Main navigation',
    footerNav: 'Service links',
  },
  nav: {
    home: 'Home',
    lapor: 'Submit a Complaint',
    lacak: 'Track a Complaint',
    staf: 'Staff Sign-in',
    verifikasi: 'Letter Verification',
  },
  language: {
    label: 'Language',
    id: 'Bahasa Indonesia',
    en: 'English',
  },
  common: {
    loading: 'Loading page…',
    backHome: 'Back to the home page',
    comingSoon: 'Coming soon',
    required: 'required',
    optional: 'optional',
    copy: 'Copy',
    copied: 'Copied',
    copiedAnnounce: '{{what}}: copied.',
    copyFailed: 'Could not copy automatically. Select the text and copy it by hand.',
    wib: '{{value}} WIB',
    errorSummaryTitle_one: 'There is {{count}} problem to fix',
    errorSummaryTitle_other: 'There are {{count}} problems to fix',
  },
  footer: {
    service: 'Public complaint service',
    promise: 'The sender’s confidentiality is guaranteed.',
  },
  notFound: {
    title: 'Page not found',
    body: 'The address you opened does not exist or has moved. Check the address, or choose one of these links.',
  },
  error: {
    title: 'Something went wrong',
    body: 'This page cannot be shown. Reload the page, or try again in a few moments.',
    reload: 'Reload the page',
  },
};

export default common;
