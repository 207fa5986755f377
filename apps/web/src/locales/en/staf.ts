/** English strings of the staff workspace (namespace `staf`). Same keys as ../id/staf. */
import type { StafCatalogue } from '../id/staf';

const staf: StafCatalogue = {
  signIn: {
    title: 'Staff Sign-in',
    intro: 'This page is only for staff of the Social Affairs, Population and Civil Registration Office of Jambi Province who have a SIGAP account.',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    comingSoon: 'The staff workspace is being prepared. Signing in is not available yet.',
    publicNote: 'Not staff? To submit or track a complaint, use the public service pages.',
  },
};

export default staf;
