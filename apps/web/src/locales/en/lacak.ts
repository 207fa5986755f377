/** English — Tracking a complaint (/lacak). Same keys as ../id/lacak. */
import type lacakId from '../id/lacak';

const lacak: typeof lacakId = {
  lacak: {
    title: 'Track a Complaint',
    intro: 'Enter the tracking code and the secret code printed on your complaint receipt.',
    codeLabel: 'Tracking code',
    codeHint: 'For example SGP-7K3Q-9MXA.',
    secretLabel: 'Secret code',
    secretHint: 'The long code shown once after your complaint was sent. Upper or lower case and dashes do not matter.',
    submit: 'Track',
    checking: 'Checking…',
    required: 'Enter your tracking code.',
    secretRequired: 'Enter your secret code.',
    notFound: 'The tracking code or the secret code does not match.',
    notFoundHint: 'Check both codes on your receipt, then try again.',
    unavailable: 'The status cannot be checked right now. Check your internet connection, then try again.',
    retry: 'Try again',
    lostSecret: 'Lost your secret code? Contact the Administration Office (Tata Usaha), quoting your tracking code.',
    result: {
      heading: 'Status of complaint {{code}}',
      status: 'Status',
      type: 'Type of complaint',
      current: 'Current step',
      step: 'Step {{number}} of {{total}}: {{label}}',
      submittedAt: 'Sent',
      expected: 'Expected completion',
      expectedNote: 'by the SOP’s time standards, counted on working days and hours',
      closedAt: 'Closed',
      timelineHeading: 'Handling history',
      upcoming: 'not reached yet',
      refresh: 'Refresh the status',
      refreshing: 'Refreshing…',
      identityNote: 'Your identity is not shown on this page.',
    },
    outcome: {
      heading: 'Outcome',
      SELESAI: 'The letter with the result of the examination has been sent to the reported party, with a copy to you.',
      DITOLAK: 'The complaint could not be processed.',
      reason: 'Reason',
    },
    letter: {
      heading: 'Your copy of the letter',
      available: 'The letter with the outcome has been signed and sent. Your copy (tembusan) can be downloaded as a PDF.',
      download: 'Download your copy of the letter (tembusan)',
      downloading: 'Downloading…',
      saved: 'Your copy of the letter has been downloaded: {{filename}}',
      pending: 'Once the letter with the outcome has been signed by the Head of the Office and sent, your copy (tembusan) can be downloaded on this page.',
      notAvailable: 'Your copy of the letter cannot be downloaded yet. Refresh the status, then try again.',
      rateLimited: 'Too many requests from this network. Wait a moment, then try again.',
      failed: 'Your copy of the letter cannot be downloaded right now. Check your internet connection, then try again.',
      verifyHint: 'Want to make sure this file is exactly the letter the Office signed?',
      verifyLink: 'Check it on the Letter Verification page',
    },
  },
};

export default lacak;
