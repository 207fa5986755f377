/** English — The complaint form (/lapor), its failures included (they must show offline); the receipt is lapor-receipt. Same keys as ../id/lapor. */
import type laporId from '../id/lapor';

const lapor: typeof laporId = {
  lapor: {
    title: 'Submit a Complaint',
    formName: 'Public Complaint Form (Formulir Pengaduan Masyarakat)',
    intro: 'Fill in this form to send an aspiration or a complaint to the Social Affairs, Population and Civil Registration Office of Jambi Province. Every field is required unless it is marked “optional”.',
    draftNote: 'What you type is kept in this browser until the complaint is sent or the browser window is closed, so a reload does not lose it.',
    draftRestored: 'What you typed earlier has been restored.',
    sections: {
      complaint: 'Your complaint',
      reporter: 'About you',
      privacy: 'Confidentiality and personal data',
    },
    fields: {
      type: {
        legend: 'Type of complaint',
        hint: 'Choose the one that fits best. Both are handled through the same procedure.',
      },
      content: {
        label: 'Your complaint',
        hint: 'Tell us what happened, where, when, and who was involved. At least {{min}} characters.',
        count: '{{count}} of {{max}} characters',
        remaining: '{{remaining}} more characters needed',
      },
      name: {
        label: 'Full name',
      },
      address: {
        label: 'Address',
        hint: 'Where you live, so that a copy of the reply letter can be sent to you.',
      },
      gender: {
        legend: 'Sex',
        L: 'Male (L)',
        P: 'Female (P)',
      },
      phone: {
        label: 'Phone or mobile number',
        hint: 'For example 0812 3456 7890 or (0741) 123456. An officer may contact you on this number.',
      },
      email: {
        label: 'Email',
        hint: 'For example name@example.id',
      },
      consent: {
        label: 'I have read the personal data notice above and agree that my data is processed to handle this complaint.',
        short: 'Consent to process personal data',
        error: 'Tick the consent statement to be able to send the complaint.',
      },
    },
    pdp: {
      heading: 'Personal data notice',
      intro: 'Under Law No. 27 of 2022 on Personal Data Protection (UU PDP), this is how we process the personal data you give on this form.',
      purposeTerm: 'Purpose',
      purpose: 'Your data is used only to handle this complaint: to register it, to contact you if needed, and to send you a copy of the reply letter.',
      controllerTerm: 'Data controller',
      controller: 'The Social Affairs, Population and Civil Registration Office of Jambi Province (Dinas Sosial, Kependudukan dan Pencatatan Sipil Provinsi Jambi).',
      processorsTerm: 'Who processes it',
      processors: 'The Administration Office (Tata Usaha) and the Head of the Office; also the Head of Division, the Head of Section and the technical officer handling your complaint, unless you choose to keep your identity confidential. Your data is not given to the party you report.',
      retentionTerm: 'How long it is kept',
      retention: '{{years}} years after the complaint is closed, under the office’s archive retention setting. After that your data is destroyed.',
      securityTerm: 'Security',
      security: 'Your identity is stored encrypted, and every time it is opened the system records who opened it and when.',
      rightsTerm: 'Your rights',
      rights: 'You have the right to access your data, to have it corrected, to ask for it to be deleted, and to withdraw your consent. Send your request to the Administration Office (Tata Usaha), quoting your tracking code. If your data is deleted or consent withdrawn before the case is closed, the complaint may not be able to be followed up.',
    },
    submit: 'Send complaint',
    submitting: 'Sending complaint…',
    reset: {
      button: 'Clear the form',
      confirm: 'Delete everything you typed in this form?',
      yes: 'Yes, clear it',
      no: 'Cancel',
    },
    failure: {
      keptData: 'Nothing you typed is lost: it is all still in this form.',
      safeRetry: 'Sending again is safe: if the last attempt did reach us, your complaint will not be filed twice.',
      network: {
        title: 'Not sent yet: the connection was lost',
        body: 'Check your internet connection (mobile data or Wi-Fi), then press “Send complaint” again.',
      },
      server: {
        title: 'Not sent yet: the service is having problems',
        body: 'Our server is having trouble. Wait a few minutes, then press “Send complaint” again.',
      },
      rateLimited: {
        title: 'Too many complaints from this network',
        body_one: 'The sending limit for your network has been reached for now. Try again in {{count}} minute.',
        body_other: 'The sending limit for your network has been reached for now. Try again in {{count}} minutes.',
        bodyUnknown: 'The sending limit for your network has been reached for now. Try again later.',
      },
      busy: {
        title: 'Your complaint is still being processed',
        body: 'The previous attempt is still being processed. Wait a moment, then press “Send complaint” again.',
      },
      unknown: {
        title: 'Not sent yet',
        body: 'Something unexpected went wrong. Try sending again. If it still fails, take your complaint to the Administration Office (Tata Usaha) in person.',
      },
      keyLost: {
        title: 'Your earlier complaint was received',
        body: 'One of the earlier attempts did reach us, but its receipt can no longer be shown on this device. Contact the Administration Office (Tata Usaha) to get your tracking code. If you really want to send a new complaint, press the button below.',
        action: 'Send as a new complaint',
      },
      otherErrors: 'Message from the server:',
    },
  },
};

export default lapor;
