/**
 * Password rules after OWASP ASVS 4.0.3 §2.1: at least 12 characters, long passphrases allowed
 * (up to 1024), no composition rules, and refused when it is a well-known password or is built from
 * the user's own name or the service's. The list holds the most common passwords seen in breaches,
 * plus local favourites; normalised to lower case before comparing.
 */
const COMMON = new Set(
  `123456 123456789 12345678 password qwerty123 qwerty 111111 12345 123123 1234567 1234567890 000000 abc123 password1
iloveyou 1q2w3e4r 123321 654321 qwertyuiop 666666 987654321 123qwe 7777777 1qaz2wsx 112233 121212 123456a
password123 passw0rd p@ssw0rd p@ssword admin admin123 administrator welcome welcome1 letmein monkey dragon
sunshine princess football baseball master superman michael shadow trustno1 whatever starwars zaq12wsx
qwerty12345 asdfghjkl asdfgh 1qaz2wsx3edc 1234qwer qwer1234 aaaaaaaaaaaa 123456789012 password1234
changeme changeme123 default rahasia rahasia123 bismillah bismillah123 sayang sayang123 indonesia indonesia123
merdeka merdeka45 jakarta jakarta123 jambi jambi123 kotajambi admin12345 pegawai dinsos dinsos123 dukcapil
dukcapil123 sigap sigap123 sigap2026 sigapjambi passwordku katasandi katasandi123 12345678910 qwertyuiop123
asdf1234 zxcvbnm zxcvbnm123 iloveyou123 password12 password2026 jambi2026 indonesia2026`
    .split(/\s+/)
    .filter(Boolean),
);

export type PasswordProblem = 'COMMON' | 'CONTAINS_USERNAME';

export function passwordProblem(password: string, context: { username?: string | undefined; name?: string | undefined } = {}): PasswordProblem | null {
  const p = password.toLowerCase();
  if (COMMON.has(p) || COMMON.has(p.replace(/[!@#$%^&*.\-_\s]+$/, ''))) return 'COMMON';
  const parts = [context.username, ...(context.name ?? '').split(/\s+/)].filter((x): x is string => !!x && x.length >= 4).map((x) => x.toLowerCase());
  if (parts.some((x) => p.includes(x))) return 'CONTAINS_USERNAME';
  return null;
}

export const PASSWORD_PROBLEM_MESSAGES: Record<PasswordProblem, string> = {
  COMMON: 'Kata sandi ini terlalu umum dan mudah ditebak. Gunakan frasa yang panjang dan unik.',
  CONTAINS_USERNAME: 'Kata sandi tidak boleh memuat nama pengguna atau nama Anda.',
};
