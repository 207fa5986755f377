/** English — The complaint types and the confidentiality promise: the home page, the form and tracking show them. Same keys as ../id/complaint. */
import type complaintId from '../id/complaint';

const complaint: typeof complaintId = {
  complaintTypes: {
    ASPIRASI: {
      title: 'Aspiration',
      kinds: 'Suggestion, Question, Information',
      description: 'An idea to improve a service, a question about requirements or procedures, or a request for information.',
    },
    PENGADUAN: {
      title: 'Complaint',
      kinds: 'Complaint, Grievance, Problem',
      description: 'A service not delivered as it should be, a grievance about how an officer served you, or a problem that needs to be examined and acted on.',
    },
  },
  confidentiality: {
    promise: 'Pengaduan anda akan ditangani semestinya dan kerahasiaan pengirim DIJAMIN',
    promiseTranslation: 'Your complaint will be handled properly and the sender’s confidentiality is GUARANTEED.',
    encrypted: 'Your identity (name, address, phone number and email) is stored encrypted.',
    needToKnow: 'Only the officials who need it to handle your complaint can see your identity.',
    audited: 'Every time your identity is opened, the system records who opened it and when.',
    neverTerlapor: 'Your identity is never shown to the party you are reporting (the terlapor).',
    option: {
      label: 'Keep my identity confidential',
      intro: 'If you tick this option:',
      registry: 'The Administration Office (Tata Usaha) and the Head of the Office still see your identity, because they register the complaint and must be able to contact you.',
      handlers: 'The Head of Division, the Head of Section and the technical officer handling your complaint cannot see your identity.',
      terlapor: 'Ticked or not, the party you are reporting (the terlapor) never sees your identity.',
      content: 'Everyone who handles the complaint still reads what you write. To keep your identity confidential, do not put your name or personal details in the complaint itself.',
    },
  },
};

export default complaint;
