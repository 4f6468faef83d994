/**
 * Exact decimal arithmetic for claim values (issue 3: "1,7 miliardi" must be 1700000000 exactly, not
 * 1700000000.0000002). A value is `digits × 10^exponent` with integer digits, so scaling by a
 * magnitude only moves the exponent; the conversion to a JS number happens once, at the end, through
 * a decimal string, which gives the double nearest to what the article wrote.
 */
export interface ExactDecimal {
  digits: bigint
  exponent: number
}

/** Builds a decimal from the digits before and after the decimal mark ("1", "7" → 1.7). */
export function decimalFromParts(integerDigits: string, fractionDigits = ''): ExactDecimal {
  const digits = BigInt((integerDigits || '0') + fractionDigits)
  return normalizeDecimal({ digits, exponent: -fractionDigits.length })
}

export function decimalFromInteger(value: number | bigint): ExactDecimal {
  return normalizeDecimal({ digits: BigInt(value), exponent: 0 })
}

/** value × 10^power, exactly. */
export function scaleDecimal(value: ExactDecimal, power: number): ExactDecimal {
  return normalizeDecimal({ digits: value.digits, exponent: value.exponent + power })
}

export function multiplyDecimal(value: ExactDecimal, factor: ExactDecimal): ExactDecimal {
  return normalizeDecimal({ digits: value.digits * factor.digits, exponent: value.exponent + factor.exponent })
}

export function addDecimal(left: ExactDecimal, right: ExactDecimal): ExactDecimal {
  const exponent = Math.min(left.exponent, right.exponent)
  const digits = left.digits * 10n ** BigInt(left.exponent - exponent) + right.digits * 10n ** BigInt(right.exponent - exponent)
  return normalizeDecimal({ digits, exponent })
}

export function subtractDecimal(left: ExactDecimal, right: ExactDecimal): ExactDecimal {
  return addDecimal(left, { digits: -right.digits, exponent: right.exponent })
}

export function negateDecimal(value: ExactDecimal): ExactDecimal {
  return { digits: -value.digits, exponent: value.exponent }
}

export function compareDecimal(left: ExactDecimal, right: ExactDecimal): number {
  const difference = subtractDecimal(left, right).digits
  return difference === 0n ? 0 : difference < 0n ? -1 : 1
}

export function isIntegerDecimal(value: ExactDecimal): boolean {
  return value.exponent >= 0
}

/** Powers of ten a double holds exactly: 10^0 … 10^22. */
const exactPowersOfTen = Array.from({ length: 23 }, (_, power) => Number(10n ** BigInt(power)))
const maxExactInteger = BigInt(Number.MAX_SAFE_INTEGER)

/** The double nearest to the exact value (a decimal literal parsed once, never a float product). */
export function decimalToNumber(value: ExactDecimal): number {
  const { digits, exponent } = value
  // Fast path, taken by nearly every claim: when the digits and the power of ten are both exact
  // doubles, one IEEE multiplication or division is correctly rounded, so it gives the same double
  // as the exact conversion below (Clinger's fast path, as in every correct decimal parser).
  const power = exactPowersOfTen[Math.abs(exponent)]
  if (power !== undefined && digits <= maxExactInteger && digits >= -maxExactInteger) {
    return exponent >= 0 ? Number(digits) * power : Number(digits) / power
  }
  if (exponent >= 0) return Number(digits * 10n ** BigInt(exponent))
  return Number(`${digits}e${exponent}`)
}

/** Moves trailing zeros of the digits into the exponent, so equal values have one representation. */
function normalizeDecimal(value: ExactDecimal): ExactDecimal {
  let { digits, exponent } = value
  if (digits === 0n) return { digits: 0n, exponent: 0 }
  while (digits % 10n === 0n) {
    digits /= 10n
    exponent += 1
  }
  return { digits, exponent }
}
