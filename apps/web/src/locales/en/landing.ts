/** English — The home page: the SOP's steps, actors and time standards (also read by the staff workspace). Same keys as ../id/landing. */
import type landingId from '../id/landing';

const landing: typeof landingId = {
  landing: {
    title: 'Public Complaint Service',
    lead: 'SIGAP is the official complaint service of the Social Affairs, Population and Civil Registration Office (Dinas Sosial, Kependudukan dan Pencatatan Sipil) of Jambi Province. Send us your suggestions, questions or complaints about social services and population administration. Every complaint is recorded, passed to the officials responsible, examined by an officer, and answered with an official letter.',
    ctaLapor: 'Submit a complaint',
    ctaLacak: 'Track a complaint',
    types: {
      heading: 'What you can send us',
      intro: 'On the form, choose one of two types. Both are handled through the same procedure.',
    },
    privacy: {
      heading: 'The sender’s confidentiality is guaranteed',
      intro: 'The complaint form makes this promise, and we keep it:',
      source: 'Public Complaint Form (Formulir Pengaduan Masyarakat)',
      coversHeading: 'What is protected',
      covers: 'What is kept confidential is your identity: your name, address, sex, phone number and email. The complaint itself is read by the officials and officers who handle it, because they have to examine it.',
      optionHeading: 'The “Keep my identity confidential” option',
      optionIntro: 'On the form, you can ask for your identity to be kept even more tightly.',
    },
    who: {
      heading: 'Who handles your complaint',
      intro: 'Your complaint is handled by these officials and staff of the office, each at the SOP steps that are theirs.',
      steps_one: 'Step {{list}}',
      steps_other: 'Steps {{list}}',
      TATA_USAHA: 'Receives and registers the complaint; at the end, sends the reply letter and archives it.',
      KEPALA_OPD: 'Leads the office: decides which division handles the complaint and signs the reply letter.',
      KEPALA_BIDANG: 'Passes the complaint to the right section and reviews the draft reply letter.',
      KEPALA_SEKSI: 'Assigns a technical officer and checks the draft reply letter.',
      PETUGAS_TEKNIS: 'Examines the complaint, on site if needed, then writes the examination report and the draft reply letter.',
    },
    tracking: {
      heading: 'How to track your complaint',
      step1: 'Once the form is sent, you receive a tracking code and its secret code. Keep both and do not share them.',
      step2: 'Open the Track a Complaint page and enter the tracking code and the secret code.',
      step3: 'You will see the stage your complaint has reached. Your identity is not shown on that page.',
    },
    sop: {
      heading: 'How your complaint is handled',
      intro: 'Handling follows this office’s Standard Operating Procedure (SOP) for Public Complaints: {{count}} steps, each with the official who carries it out and its time standard.',
      timeHeading: 'How to read the time standards',
      timeWorking: 'Minutes, hours and days are counted in working time on the office’s working calendar (Western Indonesian Time, WIB). Time outside working hours, national holidays and collective leave days (cuti bersama) are not counted.',
      timeClock: 'Each step’s clock starts when the complaint enters that step and stops when it moves on to the next. A complaint sent outside working hours, say on a Saturday night, starts counting at the beginning of the next working hours.',
      timeExample: 'So a standard of 1 working hour that starts shortly before the office closes may end the next working morning.',
      timeNone: 'A step marked “no time standard” has no deadline in the SOP; the time it takes is still recorded and shown.',
      total: 'All time standards together, from registration until the letter is sent and archived: {{total}}.',
    },
  },
  sop: {
    stepNumber: 'Step {{number}}',
    actor: 'Carried out by',
    standard: 'Time standard',
    standardChanged: 'changed by the administrator',
  },
  standard: {
    MENIT_one: '{{count, number}} working minute',
    MENIT_other: '{{count, number}} working minutes',
    JAM_one: '{{count, number}} working hour',
    JAM_other: '{{count, number}} working hours',
    HARI_one: '{{count, number}} working day',
    HARI_other: '{{count, number}} working days',
    none: 'no time standard',
  },
  steps: {
    PENGAJUAN: {
      title: 'Submission',
      description: 'You fill in the complaint form online, or send a letter or come in person to the Administration Office (Tata Usaha), which enters it into the system.',
    },
    REGISTRASI: {
      title: 'Registration',
      description: 'The Administration Office records the complaint in the incoming-mail register, gives it an agenda number, prepares a disposition sheet and forwards it to the Head of the Office.',
    },
    DISPOSISI_OPD: {
      title: 'Disposition by the Head of the Office',
      description: 'The Head of the Office passes the complaint, with instructions, to the Head of the Division responsible for its subject.',
    },
    DISPOSISI_BIDANG: {
      title: 'Disposition by the Head of Division',
      description: 'The Head of Division passes the complaint, with instructions, to the right Head of Section.',
    },
    PENUGASAN: {
      title: 'Assignment',
      description: 'The Head of Section assigns a technical officer to handle your complaint.',
    },
    PEMERIKSAAN: {
      title: 'Examination',
      description: 'The technical officer checks the situation on site against the technical rules in force, records the findings, gives advice or mediates, and writes an Examination Report (LHP). For suggestions, questions or requests for information, the examination may be done without a site visit.',
    },
    DRAFT_AWAL: {
      title: 'Drafting the letter',
      description: 'The officer consults superiors and local officials, then drafts the letter with the outcome to the party reported (the terlapor), with copies to you and the agencies concerned, and the LHP attached.',
    },
    KOREKSI_SEKSI: {
      title: 'Correction by the Head of Section',
      description: 'The Head of Section checks and corrects the draft letter, then approves it.',
    },
    TELAAH_BIDANG: {
      title: 'Review by the Head of Division',
      description: 'The Head of Division reviews the final draft and submits it to the Head of the Office.',
    },
    PENGESAHAN: {
      title: 'Approval',
      description: 'The Head of the Office reviews the final draft, corrects it if needed, and signs the letter.',
    },
    PENGIRIMAN: {
      title: 'Sending and archiving',
      description: 'The Administration Office sends the signed letter to the terlapor and to everyone copied, including you, and archives it.',
    },
  },
  roles: {
    PEMOHON: 'Complainant (you)',
    TATA_USAHA: 'Administration Office (Tata Usaha)',
    KEPALA_OPD: 'Head of the Office',
    KEPALA_BIDANG: 'Head of Division',
    KEPALA_SEKSI: 'Head of Section',
    PETUGAS_TEKNIS: 'Technical Officer',
    ADMIN: 'System Administrator',
  },
};

export default landing;
