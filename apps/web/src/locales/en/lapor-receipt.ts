/** English — The receipt shown after a submit (lapor.receipt), loaded with the receipt's own chunk. Same keys as ../id/lapor-receipt. */
import type laporReceiptId from '../id/lapor-receipt';

const laporReceipt: typeof laporReceiptId = {
  lapor: {
    receipt: {
      title: 'Complaint sent',
      printTitle: 'Complaint Receipt',
      lead: 'Thank you. We have received your complaint; it is now waiting to be registered by the Administration Office.',
      recovered: 'An earlier attempt did reach us. What was filed is the complaint as it was in that attempt; changes you made afterwards were not sent. If you have something important to add, send it as a new complaint quoting the tracking code below.',
      codeLabel: 'Tracking code',
      secretLabel: 'Secret code',
      copyCode: 'Copy the tracking code',
      copySecret: 'Copy the secret code',
      warningTitle: 'The secret code is shown only once, now',
      warning: 'Copy, write down or print this secret code now. Not even our staff can see it or send it to you again. Without it you cannot track your complaint online. Do not give this code to anyone.',
      type: 'Type of complaint',
      status: 'Status',
      submittedAt: 'Received',
      expected: 'Expected completion',
      expectedNote: 'Worked out from the SOP’s time standards, on the office’s working days and hours.',
      trackUrl: 'Track it at',
      trackNow: 'Track it now',
      print: 'Print the receipt',
      newComplaint: 'Submit another complaint',
      nextHeading: 'What happens next',
      next1: 'The Administration Office records your complaint in the incoming-mail register and forwards it to the Head of the Office.',
      next2: 'You can follow its progress at any time on the Track a Complaint page with the tracking code and secret code above.',
      next3: 'When it is done, you receive a copy of the reply letter at the address you gave.',
      printFooter: 'Keep this receipt. Do not give the secret code to anyone.',
    },
  },
};

export default laporReceipt;
