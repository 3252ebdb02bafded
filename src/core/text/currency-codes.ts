/**
 * The ISO 4217 codes a fee or a rate is written with, as one regular-expression alternation:
 * "GBP 12,400", "4.5 hours at NOK 3,950". Firms bill in their own currencies (round 31,
 * analysis-h30 B1: Norway, Chile, Rwanda, Ghana), so every amount reading takes the same list.
 * Codes that are also English words ("TRY", "PEN", "MAD", "ARS") or common abbreviations ("PHP")
 * are left out: several readings are case-insensitive and would take "try 3 options" for money.
 */
export const CURRENCY_CODES =
  "GBP|USD|EUR|AUD|NZD|CAD|CHF|NOK|SEK|DKK|ISK|JPY|CNY|HKD|SGD|INR|ZAR|KES|NGN|GHS|RWF|UGX|TZS|CLP|BRL|MXN|COP|UYU|PLN|CZK|HUF|AED|QAR|ILS|VND|NAD|KRW|THB|MYR|IDR|EGP";
