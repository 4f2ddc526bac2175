/**
 * The words the demo data is made of. Invented for Podpora: the people, the companies and the
 * problems read like a small software company's support desk.
 */
export const firstNames = [
  "Ada",
  "Bruno",
  "Chiara",
  "Dmitri",
  "Elif",
  "Farah",
  "Goran",
  "Hana",
  "Ivo",
  "Jana",
  "Kofi",
  "Lena",
  "Marek",
  "Nadia",
  "Oskar",
  "Petra",
  "Quentin",
  "Rosa",
  "Samir",
  "Tereza",
  "Uma",
  "Viktor",
  "Wanda",
  "Xaver",
  "Yara",
  "Zdenek",
];

export const lastNames = [
  "Novak",
  "Horvat",
  "Keller",
  "Moreau",
  "Rossi",
  "Kowalski",
  "Jansen",
  "Lindqvist",
  "Popescu",
  "Svoboda",
  "Nagy",
  "Fischer",
  "Costa",
  "Dvorak",
  "Meyer",
  "Silva",
  "Berg",
  "Marin",
];

export const organisationNames = [
  "Northwind Traders",
  "Lipa Bakery",
  "Vltava Logistics",
  "Blue Heron Clinic",
  "Tatra Outdoor",
  "Meridian Books",
  "Kestrel Design",
  "Danube Freight",
  "Orchard Dental",
  "Juniper Schools",
];

/** Subjects per kind of problem; the category is picked from the configured ones. */
export const subjects = [
  "Cannot log in since this morning",
  "Invoice shows the wrong VAT number",
  "Export to CSV stops halfway",
  "Password reset email never arrives",
  "Charged twice for the same month",
  "Please add a dark theme",
  "App crashes when I attach a photo",
  "How do I add a colleague to our account?",
  "Report totals differ from the dashboard",
  "Two-factor codes are rejected",
  "Need a copy of last year's receipts",
  "Sync with the calendar is an hour off",
  "Search does not find older orders",
  "Can we change the company name on invoices?",
  "Page loads very slowly in the afternoon",
  "Feature idea: bulk edit of products",
];

export const customerBodies = [
  "Hello, since the update this does not work for me any more. I tried another browser and " +
    "cleared the cache, same result. Could you have a look?",
  "Hi team, we noticed this today while closing the month. Nothing changed on our side as far " +
    "as I know. Thanks for checking.",
  "Good morning. It happens every time, on the laptop and on the phone. I can send screenshots " +
    "if that helps.",
  "Dear support, this is blocking two people in our office. Is there a workaround for now?",
];

export const agentBodies = [
  "Thank you for the details. I have reproduced it and passed it to our developers; I will " +
    "write again as soon as the fix is live.",
  "Thanks for waiting. Could you tell us the exact time it last happened and which account you " +
    "were signed in with?",
  "We changed a setting on your account; it should work now. Please let us know if it does not.",
  "The fix went out this morning. I am closing the ticket for now; reply here if it comes back.",
];

export const customerFollowUps = [
  "Here are the details you asked for. It last happened at 9:40 with my usual account.",
  "Thank you, it works again.",
  "Still the same for me, unfortunately.",
];

export const internalNotes = [
  "Same cause as last week's billing bug; linked to the developers' issue.",
  "Customer is on the old plan; check with sales before offering the upgrade.",
  "Reproduced on staging. Waiting for the deploy.",
];
