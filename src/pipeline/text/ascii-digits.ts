/** A decimal digit of any script but ASCII: Arabic-Indic ٣, Persian ۳, Devanagari ३, fullwidth ３… */
const otherDigit = /[^\P{Nd}0-9]/gu;

/** Each digit's ASCII digit, worked out once. */
const asciiOf = new Map<string, string>();

/**
 * The text with the decimal digits of every script written as ASCII digits, and the Arabic
 * decimal and thousands separators as `.` and `,`, so figures and dates read alike in every
 * script (those of the Basic Multilingual Plane). Each replaced character is one code unit, as is
 * its replacement, so offsets into the result are offsets into the text.
 *
 * @example
 *   asciiDigits('لقي ١٦ شخصا مصرعهم') // 'لقي 16 شخصا مصرعهم'
 *   asciiDigits('दस्तावेज़ ३ मार्च') // 'दस्तावेज़ 3 मार्च'
 */
export function asciiDigits(text: string): string {
  if (!/[^\p{ASCII}]/u.test(text)) return text;
  return text
    .replace(otherDigit, (digit) => {
      // A digit outside the Basic Multilingual Plane (𝟙) is two code units: kept, so offsets hold.
      if (digit.length > 1) return digit;
      let ascii = asciiOf.get(digit);
      if (ascii === undefined) {
        ascii = String(digitValue(digit));
        asciiOf.set(digit, ascii);
      }
      return ascii;
    })
    .replace(/\u066b/g, '.')
    .replace(/\u066c/g, ',');
}

/**
 * The value of a decimal digit: Unicode puts each script's digits 0 to 9 in a row of ten, and
 * where rows follow one another (mathematical digits) they start at a multiple of ten from the first.
 */
function digitValue(digit: string): number {
  const code = digit.codePointAt(0) ?? 0;
  let first = code;
  while (/\p{Nd}/u.test(String.fromCodePoint(first - 1))) first--;
  return (code - first) % 10;
}
