/** English — Verifying a signed letter (/verifikasi). Same keys as ../id/verifikasi. */
import type verifikasiId from '../id/verifikasi';

const verifikasi: typeof verifikasiId = {
  verifikasi: {
    title: 'Letter Verification',
    intro: 'Check whether a letter you received is registered as a letter signed by the Social Affairs, Population and Civil Registration Office of Jambi Province, and whether your PDF file is exactly that letter.',
    scope: {
      title: 'A file integrity check, not a certified electronic signature',
      body: 'This page only checks the integrity of a file: whether your file is exactly, byte for byte, the letter the Office signed in SIGAP (compared by its SHA-256 fingerprint). It is not a certified electronic signature (TTE, tanda tangan elektronik tersertifikasi) issued through BSrE and does not replace one.',
    },
    form: {
      label: 'Document ID',
      hint: 'The ID is printed on the letter, at the end of the verification address (…/verifikasi/ID), and opens by itself when you scan the letter’s QR code. You may also paste the whole address.',
      required: 'Enter the document ID.',
      invalid: 'This document ID is not recognised. An ID has 36 characters: digits, the letters a–f and dashes.',
      submit: 'Check',
      again: 'Check another ID',
    },
    checking: 'Checking the document…',
    unavailable: 'The document cannot be checked right now. Check your internet connection, then try again.',
    retry: 'Try again',
    notFound: {
      title: 'Document not found',
      body: 'This ID is not registered in SIGAP as a letter signed by the Office. Check the ID or the address on the letter again, or scan its QR code again. If it is still not found, do not treat the letter as an official letter of the Office, and ask the Administration Office (Tata Usaha).',
    },
    result: {
      heading: 'The letter',
      valid: 'Registered as a signed letter',
      validBody: 'Letter number {{number}} is registered in SIGAP as signed by the Head of the Office.',
      letterNumber: 'Letter number',
      signedAt: 'Signed',
      documentId: 'Document ID',
      sha256: 'SHA-256 fingerprint of the letter',
      sha256Hint: 'The digital fingerprint of the letter’s PDF file. If even one byte changes, the fingerprint is completely different.',
      copySha: 'Copy the letter’s SHA-256 fingerprint',
      other: 'Check another letter',
    },
    file: {
      heading: 'Check your PDF file',
      intro: 'Choose the PDF file of the letter you received. It is sent to the server only to compute its SHA-256 fingerprint and compare it with the signed letter; the file is not kept.',
      label: 'PDF file of the letter',
      hint: 'At most {{max}} MB. You can also drag the file onto this box.',
      submit: 'Check the file',
      checking: 'Checking the file…',
      required: 'Choose a PDF file first.',
      empty: 'This file is empty.',
      tooLarge: 'The file is larger than {{max}} MB, so it cannot be checked.',
      gone: 'This letter can no longer be found. Reload the page, then try again.',
      failed: 'The file cannot be checked right now. Check your internet connection, then try again.',
      match: 'The file matches',
      matchBody: 'The file {{name}} is exactly the signed letter number {{number}}.',
      mismatch: 'The file does not match',
      mismatchBody: 'The file {{name}} is not the signed letter: its content differs, perhaps only slightly, or it is another letter. Do not rely on what this file says; ask the Office for an official copy.',
      yourSha: 'SHA-256 fingerprint of your file',
      localSame: 'Your device computed the same fingerprint.',
      localDiffers: 'Your device computed another fingerprint ({{sha}}): the file may have been damaged on the way. Try again.',
    },
  },
};

export default verifikasi;
