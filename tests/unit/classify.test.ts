/**
 * The draft classifier on short drafts of every kind, written for this test in many voices (formal, terse,
 * chatty, non-native English, long-winded), and its accuracy on both labeled corpora.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { anchorGaps, classifyDraft, isReplySubject } from '../../src/analyzer/classify';
import { buildTextModel } from '../../src/analyzer/text-model';
import type { DraftKind } from '../../src/analyzer/types';
import { sharedPath } from '../shared-folder';

interface Case {
  kind: DraftKind;
  subject: string;
  body: string;
  isReply?: boolean;
}

const CASES: Case[] = [
  // ---------------------------------------------------------------- pre-interview-interest
  {
    kind: 'pre-interview-interest',
    subject: 'Prospective applicant - Priya Raman',
    body: `Dear Dr. Holloway,

I am a fourth-year medical student at Eastvale School of Medicine, and I applied to your anesthesiology program through ERAS this month. I wanted to briefly share why your department stands out to me.

During my sub-internship I spent most of my time in the cardiac rooms, and your perfusion-anesthesia teaching conference is exactly the kind of collaboration I want to learn from.

Thank you for your time and consideration.

Sincerely,
Priya Raman
AAMC ID: 12345678`,
  },
  {
    kind: 'pre-interview-interest',
    subject: 'Applicant from Nairobi - anesthesiology',
    body: `Respected Sir,

I am writing to you as an international medical graduate from Kenya who has applied for the anesthesiology residency in your esteemed hospital. I have completed two years of anaesthesia practice as medical officer and I have good hands on experience with spinal and general anaesthesia.

It will be my great honour if I am given chance for interview. Kindly consider my application.

Thanking you,
Dr. Joseph Mwangi`,
  },
  {
    kind: 'pre-interview-interest',
    subject: 'Hello from a Riverside applicant',
    body: `Hi Dr. Chen,

Just submitted my application and wanted to say hi. Your regional block curriculum is a big reason I applied. Hope to meet you on the interview trail!

Thanks,
Marcus`,
  },
  {
    kind: 'pre-interview-interest',
    subject: 'Introduction',
    body: `Dear Dr. Abernathy,

My name is Sofia Delgado and I am a DO student finishing my final year at Lakeshore College of Osteopathic Medicine. I would like to introduce myself ahead of the interview season.

I grew up forty minutes from your main campus and my family still lives there. I would be very glad of the chance to interview with your program.

Best regards,
Sofia Delgado`,
  },
  {
    kind: 'pre-interview-interest',
    subject: 'Interest in the anesthesiology residency',
    body: `Dear Dr. Park,

I am very interested in your anesthesiology residency. My research on postoperative nausea in children fits well with your pediatric anesthesia division, and I would love to train with your faculty.

I hope to be considered for an interview this season.

Respectfully,
Tomás Ferreira`,
  },
  {
    kind: 'pre-interview-interest',
    subject: 'ERAS applicant - visiting student last summer',
    body: `Dear Dr. Novak,

I rotated in your surgical ICU as a visiting student last July, and it left a strong impression. I have now applied to your categorical anesthesiology position and hope to be invited to interview.

The attendings I worked with set a standard for calm bedside teaching that I would like to learn to meet.

Kind regards,
Hannah Brooks`,
  },
  {
    kind: 'pre-interview-interest',
    subject: '',
    body: `Dr. Osei,

Applied to your program yesterday. Former paramedic, now MS4. Very interested in your EMS-to-OR airway course. Would welcome an interview.

Dan Kowalski`,
  },
  {
    kind: 'pre-interview-interest',
    subject: 'Couples applicant introduction',
    body: `Dear Dr. Whitfield,

My partner and I are both applying in your city this year, and I wanted to introduce myself as an applicant to your anesthesiology residency. I am a fourth-year student at Granger University with a strong interest in obstetric anesthesia.

Thank you for reviewing my application.

Warmly,
Amara Okonkwo`,
  },

  // ---------------------------------------------------------------- thank-you
  {
    kind: 'thank-you',
    subject: 'Thank you',
    body: `Dear Dr. Whitaker,

Thank you for meeting with me during yesterday's interview. I especially enjoyed hearing about how residents lead the morning simulation sessions.

Best,
Ana Lima`,
  },
  {
    kind: 'thank-you',
    subject: 'Great day at Pinecrest',
    body: `Dear Dr. Ramos,

It was a real pleasure to visit Pinecrest on Tuesday. I appreciated the time you took to walk me through the new OR suites and your thoughts on graduated autonomy.

The residents' warmth at the dinner the night before made the whole day feel relaxed.

Sincerely,
Chloe Martin`,
  },
  {
    kind: 'thank-you',
    subject: 'Interview today',
    body: `Dr. Sato,

Thanks for interviewing me today. Great conversation about TEE teaching, and the residents were super welcoming.

Luis`,
  },
  {
    kind: 'thank-you',
    subject: '',
    body: `Dear Dr. Mensah,

I am very grateful for the opportunity to interview with your department on Monday. Please convey my thanks also to Dr. Iqbal and the chief residents, who answered all my question with patience.

The program is giving so much attention to resident wellness, this was very touching for me.

With regards,
Rahul Verma`,
  },
  {
    kind: 'thank-you',
    subject: 'Grateful for your time on Friday',
    body: `Dear Dr. Lindgren,

I wanted to thank you for hosting me on Friday. Talking with you about the acute pain service confirmed much of what drew me to the program, and the tour of the pediatric ORs was a highlight.

I hope our paths cross again soon.

Kind regards,
Noah Fischer`,
  },
  {
    kind: 'thank-you',
    subject: 'Thank you for a wonderful interview day',
    body: `Dear Dr. Bellamy,

Thank you for yesterday. From the morning case conference to the resident panel, the day gave me a clear picture of how your program teaches.

I was struck by how the CA-3 residents run the preoperative clinic, and I left with several ideas I want to bring to my final rotations.

Thank you again for your time.

Best regards,
Grace Kim`,
  },
  {
    kind: 'thank-you',
    subject: 'Thanks!!',
    body: `Hi Dr. Adeyemi,

Had such a great time at the interview this morning, thank you! Loved the sim center and everyone was so nice.

Cheers,
Bella`,
  },
  {
    kind: 'thank-you',
    subject: 'Following my interview on December 2',
    body: `Dear Dr. Harrow,

I appreciated the conversation we had during my interview on Thursday, especially your perspective on how residents prepare for the oral boards. Thank you for taking so much time with each applicant.

Sincerely,
Omar Haddad`,
  },

  // ---------------------------------------------------------------- update
  {
    kind: 'update',
    subject: 'Step 2 CK score',
    body: `Dear Dr. Moreau,

I received my Step 2 CK score this morning: 258. The official transcript has been uploaded to ERAS.

Best,
Kevin Tran`,
  },
  {
    kind: 'update',
    subject: 'New publication',
    body: `Dear Dr. Castillo,

I am pleased to let you know that our paper on dexmedetomidine for emergence delirium was accepted for publication in the Midland Journal of Pediatric Anesthesia last week. I was first author and wrote most of the discussion.

Thank you again for interviewing me in December.

Sincerely,
Elena Rossi`,
  },
  {
    kind: 'update',
    subject: '',
    body: `Dear Dr. Iwu,

Small update since we met: I have finished my critical care acting internship, where I managed ventilated patients overnight under supervision, and my ICU attending wrote a new letter that is now in my file.

Regards,
Ben Carter`,
  },
  {
    kind: 'update',
    subject: 'Update on my application',
    body: `Dear Dr. Zhou,

I want to update you that I have passed USMLE Step 3 last week and my ECFMG certificate is now issued. So there is no any obstacle for starting residency in July.

Hoping for your kind consideration.

Yours faithfully,
Dr. Anil Kumar`,
  },
  {
    kind: 'update',
    subject: 'Award news',
    body: `Dear Dr. Patel,

I wanted to share some good news. Our poster on quality improvement in PACU handoffs received the best poster award at the state society meeting on Saturday.

I remain very enthusiastic about your program and appreciate your continued consideration.

Best regards,
Maya Goldberg`,
  },
  {
    kind: 'update',
    subject: 'A brief update',
    body: `Dear Dr. Ortega,

Since my interview in November, I have been elected as a student representative to the national anesthesiology society and started a research elective in cardiac anesthesia.

I look forward to the rest of the season.

Warmly,
Jamal Wright`,
  },
  {
    kind: 'update',
    subject: 'COMLEX Level 2 result',
    body: `Dr. Kaplan,

Quick note - my COMLEX Level 2-CE results came back today, I passed with a 640. Report is in ERAS.

Thanks,
Rebecca Stein, OMS-IV`,
  },

  // ---------------------------------------------------------------- letter-of-interest
  {
    kind: 'letter-of-interest',
    subject: 'Letter of interest',
    body: `Dear Dr. Abbott,

As I finish my interviews, your program is still among my very top choices. The mentorship I saw between junior and senior residents is what I value most.

Thank you for your consideration.

Sincerely,
Leah Morgan`,
  },
  {
    kind: 'letter-of-interest',
    subject: 'Still very interested',
    body: `Dear Dr. Fontaine,

Since interviewing with your department in January, I have compared every program I visited, and yours continues to stand out. I would be thrilled to train with your residents and would rank you highly.

Best regards,
David Nguyen`,
  },
  {
    kind: 'letter-of-interest',
    subject: '',
    body: `Dear Dr. Kowalczyk,

It has been a few weeks since my interview, and your program is still one of the places I most want to train. The obstetric volume and the way your faculty teach neuraxial techniques fit exactly what I am looking for.

I hope to have the chance to join your team in July.

Kind regards,
Isabel Costa`,
  },
  {
    kind: 'letter-of-interest',
    subject: 'My continued interest in your program',
    body: `Dear Dr. Petrov,

After my interview day I am more sure than before that your program is very high on my rank list. I like very much the combination of big academic center and the community hospital rotation.

Thank you for reading my letter.

Best wishes,
Yusuf Demir`,
  },
  {
    kind: 'letter-of-interest',
    subject: 'Continued interest - Hale',
    body: `Dear Dr. Brennan,

I wanted to reach out once more before rank lists are due. Having interviewed at twelve programs, I can say that yours is one of my top choices, largely because of the resident autonomy in the cardiac rooms.

Thank you again for a memorable interview day in December.

Sincerely,
Ethan Hale`,
  },
  {
    kind: 'letter-of-interest',
    subject: 'Your program',
    body: `Dear Dr. Achebe,

I keep thinking about my visit to your department last month. I would be so happy to match there, and I would be proud to be part of your residency. Your regional anesthesia fellowship and the wellness program are a rare combination.

Regards,
Zoe Park`,
  },
  {
    kind: 'letter-of-interest',
    subject: 'Letter of Interest - Karim Nasser',
    body: `Dear Dr. Lowell,

Having completed my interview season, I am writing to reaffirm my strong interest in your program. Of everywhere I interviewed, your department's commitment to teaching stood out the most.

I would be delighted to continue my training with you.

Sincerely,
Karim Nasser`,
  },

  // ---------------------------------------------------------------- letter-of-intent
  {
    kind: 'letter-of-intent',
    subject: 'Letter of intent',
    body: `Dear Dr. Okafor,

I am writing to let you know that I will rank your program first. The close mentorship and the cardiac experience I saw on interview day made the decision easy.

Sincerely,
Nina Alvarez`,
  },
  {
    kind: 'letter-of-intent',
    subject: 'Ranking decision',
    body: `Dear Dr. Brandt,

After a lot of reflection since my interview, I have decided that your program is my first choice, and it will be at the top of my rank order list.

I am grateful for the time your residents and faculty gave me.

Best regards,
Oliver Stein`,
  },
  {
    kind: 'letter-of-intent',
    subject: '',
    body: `Dr. Ivanova,

Short note: you are my #1. I'm ranking you first.

Thanks,
Sam`,
  },
  {
    kind: 'letter-of-intent',
    subject: 'My rank list',
    body: `Dear Dr. Haddad,

With respect, I wish to inform you that your esteemed program will be number one on my rank list. I am very much thankful for the kind hospitality shown during my interview.

With best regards,
Dr. Fatima Sheikh`,
  },
  {
    kind: 'letter-of-intent',
    subject: 'Intent to rank first',
    body: `Dear Dr. Lawson,

I have certified my list, and I placed your program first. Your department is where I want to spend the next four years, and I wanted you to hear that from me.

Sincerely,
Ruth Adler`,
  },
  {
    kind: 'letter-of-intent',
    subject: 'Letter of intent - Daniel Cho',
    body: `Dear Dr. Greene,

Your program is my clear first choice, and I intend to rank it first. I remain grateful for the interview in January and for the kindness of your residents.

Best,
Daniel Cho`,
  },

  // ---------------------------------------------------------------- reply-to-program
  {
    kind: 'reply-to-program',
    subject: 'Re: Interview invitation',
    body: `Dear Ms. Carter,

Thank you for the invitation. I would like to schedule the January 9 date.

Best regards,
Jae Lee`,
  },
  {
    kind: 'reply-to-program',
    subject: 'Missing document',
    isReply: true,
    body: `Dear Ms. Fields,

I have uploaded the missing letter to ERAS this afternoon. Please let me know if anything else is needed.

Best,
Alicia Gomez`,
  },
  {
    kind: 'reply-to-program',
    subject: 'Your note',
    body: `Dear Dr. Nakamura,

Thank you for your kind message after the interview. To answer your question, yes, I am still planning to complete my research year before starting.

Sincerely,
Peter Olsen`,
  },
  {
    kind: 'reply-to-program',
    subject: 'Post-interview survey',
    body: `Dear Dr. Levi,

As you requested, I have filled out the applicant survey. I hope the feedback is useful.

Kind regards,
Rosa Mendes`,
  },

  // ---------------------------------------------------------------- other
  {
    kind: 'other',
    subject: 'Withdrawing my application',
    body: `Dear Dr. Fischer,

I am writing to withdraw my application from your program. Thank you very much for the interview last month and for your consideration. I wish you and your residents all the best.

Sincerely,
Mei Tanaka`,
  },
  {
    kind: 'other',
    subject: 'Interview date',
    body: `Dear Ms. Howard,

Unfortunately I have a family wedding on January 12. Would it be possible to move my interview to another date later that month?

Thank you for your understanding.

Best regards,
Arjun Patel`,
  },
  {
    kind: 'other',
    subject: 'Visa question',
    body: `Dear Dr. Reyes,

I have a question regarding H-1B sponsorship. Does your program sponsor H-1B visas for residents, or only J-1?

Thank you for your time and help.

Regards,
Dr. Chen Wei`,
  },
  {
    kind: 'other',
    subject: 'Hotel for interview day',
    body: `Hi Ms. Duarte,

Could you tell me whether there is a discounted hotel near the hospital for applicants? I fly in the night before my interview on the 14th.

Thanks so much,
Emily Rhodes`,
  },
  {
    kind: 'other',
    subject: 'Cancel interview on Dec 5',
    body: `Dear Ms. Tran,

I need to cancel my interview scheduled for December 5. I am sorry for the short notice and thank you for the invitation.

Best,
Victor Hughes`,
  },
  {
    kind: 'other',
    subject: '',
    body: `Dear Dr. Singh,

Apologies, I forgot to attach my updated CV in my previous message. Please find it attached here.

Thank you,
Laura Bennett`,
  },
  {
    kind: 'other',
    subject: 'Orientation and start date',
    body: `Dear Dr. Keller,

I am excited to start in July! Could you please let me know when orientation begins and whether I need to finish any credentialing paperwork before then?

Thank you,
Hassan Ali`,
  },
  {
    kind: 'other',
    subject: 'Following up',
    body: `Dear Dr. Morrison,

I am following up on my application from September. I have not heard anything yet and wanted to ask if interview invitations are still being sent.

Thank you for your time.

Regards,
Kelly Adams`,
  },
  {
    kind: 'other',
    subject: 'Question',
    body: `Dear Sir/Madam,

Kindly inform me whether your program accepts applicants who graduated more than five years ago. I could not find this information on website.

Thanks and regards,
Dr. Sunil Rao`,
  },
  {
    kind: 'other',
    subject: 'Parental leave policy',
    body: `Dear Dr. Hart,

I was wondering how your program handles parental leave for residents. My wife and I are expecting our first child in the fall, and I want to plan ahead.

Thank you for the wonderful interview day last week.

Best,
Jonah Weiss`,
  },
  {
    kind: 'other',
    subject: 'Unable to attend',
    body: `Dear Ms. Price,

I regret that I will no longer be able to attend the interview on November 20. Please release my spot to another applicant.

Thank you,
Carlos Ruiz`,
  },
  {
    kind: 'other',
    subject: 'SOAP',
    body: `Dear Dr. Dunn,

I am participating in SOAP this week and saw that your program has unfilled categorical positions. I would be grateful if my application could be reviewed.

Sincerely,
Ivy Chen`,
  },

  // ---------------------------------------------------------------- mixed signals, more voices
  {
    kind: 'thank-you',
    subject: 'Thank you - Dr. Ahmed',
    body: `Dear Dr. Ahmed,

Thank you for the warm welcome at Crestview on Monday. The resident panel was candid and the OR tour showed me how much independence your CA-2s have.

Crestview remains a program I am very interested in, and I hope to stay in touch.

Best regards,
Lena Hoffmann`,
  },
  {
    kind: 'thank-you',
    subject: '',
    body: `Dr. Blake -

Thank you for yesterday. I learned a lot from our talk about the pain fellowship.

Regards,
Kim`,
  },
  {
    kind: 'thank-you',
    subject: 'After my interview',
    body: `Dear Dr. Yamada,

I just wanted to say thank you so much for interviewing me this afternoon!! I really loved meeting the residents and seeing the new cardiac ORs. Everyone made me feel very welcome.

Have a great weekend,
Priscilla`,
  },
  {
    kind: 'thank-you',
    subject: 'Thank you for the interview',
    body: `Respected Dr. Gupta,

I am thankful to you for giving me the interview opportunity yesterday and for your precious time. The discussion about the obstetric anesthesia was very helpful for me.

I wish to be part of your team.

Regards,
Dr. Ritu Sharma`,
  },
  {
    kind: 'update',
    subject: 'Research news',
    body: `Dear Dr. Olsen,

Our abstract on sugammadex dosing in obese patients has just been accepted as an oral presentation at the spring anesthesia meeting. I will be presenting it in April.

I continue to be very excited about your program.

Sincerely,
Aaron Wolfe`,
  },
  {
    kind: 'update',
    subject: 'Step 3 passed',
    body: `Dear Dr. Barros,

I'm happy to tell you that I passed Step 3. My score report should be in ERAS within the week.

Best,
Nadia`,
  },
  {
    kind: 'update',
    subject: '',
    body: `Dear Dr. Quinn,

I wanted to let you know that since my interview I have been named chief of our student anesthesia interest group and I have also completed an away rotation in pediatric anesthesia.

Thank you for your time.

Kind regards,
Felix Braun`,
  },
  {
    kind: 'update',
    subject: 'Additional letter of recommendation',
    body: `Dear Dr. Ward,

A new letter of recommendation from my cardiac anesthesia attending, Dr. Soto, has been added to my ERAS application. She supervised me for four weeks in the cardiac rooms.

Regards,
Hugo Lambert`,
  },
  {
    kind: 'letter-of-interest',
    subject: 'Continued interest',
    body: `Dear Dr. Ibsen,

Thank you again for the interview last month. I am writing to let you know that your program is among the top programs on my list, and I would be very glad to train there.

Best regards,
Thea Lund`,
  },
  {
    kind: 'letter-of-interest',
    subject: 'Interest in your program after interview',
    body: `Dear Dr. Marr,

After interviewing at many places, I truly believe that your residency is a great fit for me. The teaching culture and the diverse patient population are what I was looking for. I hope very much to match at Kingsbridge.

Respectfully,
Ahmed Farouk`,
  },
  {
    kind: 'letter-of-interest',
    subject: 'Kingsbridge',
    body: `Dr. Marr,

Interviewed in Dec. Still think about Kingsbridge a lot. Would love to train there - one of my top picks for sure.

Ben`,
  },
  {
    kind: 'letter-of-interest',
    subject: 'A note before rank lists',
    body: `Dear Dr. Flores,

Rank lists are due soon, so I wanted to share that your program is still high on my list. My time on interview day with your residents stayed with me.

Sincerely,
Rachel Stone`,
  },
  {
    kind: 'letter-of-intent',
    subject: 'Ranking your program first',
    body: `Dear Dr. Ellis,

I am happy to let you know that I will be ranking your program number one. I could not imagine a better place to train.

Best,
Gabriel Silva`,
  },
  {
    kind: 'letter-of-intent',
    subject: '',
    body: `Dear Dr. Morgan,

After my interview I knew that Westbrook was the place for me. Westbrook will be first on my rank list, and I wanted you to know.

Thank you for everything.

Warmly,
Sara Levin`,
  },
  {
    kind: 'letter-of-intent',
    subject: 'Letter of intent',
    body: `Dear Dr. Hill,

It is my pleasure to inform that I am going to put your program on the first place of my rank order list. I am very grateful for the interview.

Best regards,
Dr. Olena Shevchenko`,
  },
  {
    kind: 'letter-of-interest',
    subject: 'Still deciding',
    body: `Dear Dr. Hill,

I have not decided yet which program I will rank first, but after my interview your program is one of my top choices.

Best regards,
Jon`,
  },
  {
    kind: 'reply-to-program',
    subject: 'Interview date',
    body: `Dear Ms. Reed,

Thank you for your email. The December 9 date works for me.

Best,
Paul Graham`,
  },
  {
    kind: 'reply-to-program',
    subject: 'Re: Second look',
    body: `Dear Dr. Sun,

Yes, I would be glad to attend the second look on February 3.

Sincerely,
Maria`,
  },
  {
    kind: 'reply-to-program',
    subject: 'Your question',
    body: `Dear Dr. Sun,

You asked in your message whether I am applying for advanced positions too. I am applying only to categorical positions.

Sincerely,
Maria`,
  },
  {
    kind: 'other',
    subject: 'Interview day dress code',
    body: `Hello Ms. Bianchi,

Is there a dress code for the virtual interview day? I also wanted to confirm that the Zoom link will be sent the day before.

Thank you!
Diego`,
  },
  {
    kind: 'other',
    subject: 'Withdrawal',
    body: `Dear Dr. Kline,

After much consideration, I have decided to withdraw from the Match this year for family reasons. I am very grateful for the interview and your kindness.

Sincerely,
Helen Park`,
  },
  {
    kind: 'other',
    subject: 'Schedule conflict',
    body: `Dear Ms. Lopez,

My interview with you is scheduled for Nov 3, but I just found out that I have an exam that day. Could we reschedule it to a later date?

Thank you,
Tom Becker`,
  },
  {
    kind: 'other',
    subject: 'Checking in',
    body: `Dear Dr. Patel,

I wanted to check in on the status of my application. I submitted it in September and have not heard back.

Thank you,
Ryan Cole`,
  },
  {
    kind: 'other',
    subject: 'Travel reimbursement',
    body: `Dear Ms. Green,

Thank you again for a great interview day. I was told to send receipts for travel reimbursement; could you confirm where I should send them?

Best,
Julia Novak`,
  },
  {
    kind: 'other',
    subject: 'Moving to Denver - housing',
    body: `Dear Dr. Young,

I am thrilled that I matched with your program! Do current residents have recommendations for housing near the hospital? Also, when will the orientation schedule be available?

Thanks,
Ava Turner`,
  },
  {
    kind: 'other',
    subject: 'Letters of recommendation',
    body: `Dear Ms. Wood,

Could you please confirm that all three of my letters of recommendation were received? ERAS shows them as uploaded but I wanted to be sure.

Thank you,
Imani Scott`,
  },
  {
    kind: 'other',
    subject: 'Observership opportunity',
    body: `Dear Dr. Li,

I am an international medical graduate and I would like to ask if your department offers observership positions for IMGs. I would be grateful for any information.

Regards,
Dr. Ahmad Karimi`,
  },
  {
    kind: 'other',
    subject: 'Apologies',
    body: `Dear Dr. Fox,

I sent my last email to you by mistake with the wrong program name. Please disregard it, I am very sorry for the confusion.

Sincerely,
Liam O'Brien`,
  },
  {
    kind: 'pre-interview-interest',
    subject: 'Future applicant - regional anesthesia',
    body: `Dear Dr. Harper,

I am a final year medical student applying to anesthesiology this cycle. Your regional anesthesia rotation is a major reason I applied to your program, and I would be grateful for the opportunity to interview.

Sincerely,
Will Foster`,
  },
  {
    kind: 'pre-interview-interest',
    subject: 'Ties to Portland',
    body: `Dear Dr. Stone,

I have applied to your anesthesiology program and wanted to share that my husband and I are moving to Portland next year for his job. We are committed to staying in the area long term.

I hope you will consider my application.

Best,
Megan Ross`,
  },
  {
    kind: 'pre-interview-interest',
    subject: 'Hello',
    body: `Dear Dr. Kaur,

Greetings! I am Dr. Ali, an IMG from Egypt, with strong interest in anesthesia. I did my observership in your hospital last year under Dr. Miller and I learned so much from your team. Now I applied for your residency and I am hoping to get a chance for interview.

Best regards,
Dr. Mohamed Ali`,
  },
  {
    kind: 'pre-interview-interest',
    subject: 'Anesthesiology applicant with military background',
    body: `Dear Dr. Grant,

As a former Army medic and now a fourth-year student, I am applying to your anesthesiology residency. Your program's partnership with the VA hospital is something I would very much like to be part of.

Respectfully,
Carl Jensen`,
  },
  {
    kind: 'thank-you',
    subject: 'Thank you for your hospitality',
    body: `Dear Dr. Novak,

I'd like to thank you and the whole team for the interview yesterday. The case discussion with your chief residents was a great window into how the program thinks about patient safety.

I'm particularly drawn to your ultrasound curriculum and would be excited to train at Ridgeview.

Sincerely,
Mateo`,
  },
  {
    kind: 'thank-you',
    subject: 'Interview follow-up',
    body: `Dear Dr. Bauer,

Many thanks for a very informative interview day on Wednesday. I came away impressed by the balance of community and academic rotations.

All the best,
Ingrid Holm`,
  },
  {
    kind: 'thank-you',
    subject: '',
    body: `Dear Dr. Carver,

It was wonderful meeting you at Monday's interview. I appreciated your honesty about the call schedule and your advice on choosing electives.

Best,
Theo Grant`,
  },
  {
    kind: 'thank-you',
    subject: 'thanks',
    body: `hi dr m, thx so much for today!! the residents were awesome and i loved the sim lab. -jess`,
  },
  {
    kind: 'update',
    subject: 'Manuscript accepted',
    body: `Dear Dr. Cole,

I'm writing with a quick update to my application: my manuscript on perioperative anemia was accepted by the Journal of Clinical Anesthesia Research on Tuesday.

Thank you for your continued consideration.

Best regards,
Erin Walsh`,
  },
  {
    kind: 'update',
    subject: 'Update',
    body: `Dear Dr. Fitzgerald,

I would like to inform you that I have been awarded the Dean's Research Award for my work on regional anesthesia outcomes. I will also be presenting this work at the national meeting in March.

I remain very interested in your program.

Regards,
Arjun Mehta`,
  },
  {
    kind: 'update',
    subject: 'New experience since my interview',
    body: `Dear Dr. Romero,

Since we met in December, I started a four-week elective in the cardiac ICU and have been managing post-bypass patients with the fellows every day. I also began a quality improvement project on extubation times.

Warm regards,
Clara Jensen`,
  },
  {
    kind: 'letter-of-interest',
    subject: '',
    body: `Dear Dr. Ng,

Now that my interviews are over, I have had time to reflect, and your program is near the top of my list. Your residents' dedication to teaching left a lasting impression on me.

Thank you again for your time in January.

Respectfully,
Leo Marsh`,
  },
  {
    kind: 'letter-of-interest',
    subject: 'Interest after my January interview',
    body: `Dear Dr. Greer,

I wanted to write to express my continued interest in your residency program. My interview day confirmed that your program is an excellent fit for my goals in critical care anesthesia.

I hope to have the privilege of training with you.

Sincerely,
Aisha Bello`,
  },
  {
    kind: 'letter-of-interest',
    subject: 'Strong interest',
    body: `Dear Dr. Varga,

Having interviewed with your department this season, I want to let you know that I will rank your program very highly. The collegial atmosphere and strong pain medicine training are exactly what I want.

Best regards,
Pavel Novotny`,
  },
  {
    kind: 'letter-of-intent',
    subject: 'You are my first choice',
    body: `Dear Dr. Shah,

I want to let you know that your program is my top choice and I will rank it number 1 on my list.

Best regards,
Emma Lund`,
  },
  {
    kind: 'letter-of-intent',
    subject: '',
    body: `Dear Dr. Wells,

Since my interview I have thought carefully about every program I saw. I have decided to rank Meadowbrook first, and I wanted you to hear it directly from me.

Thank you for a wonderful interview day.

Best,
Kai Andersen`,
  },
  {
    kind: 'letter-of-intent',
    subject: 'Ranking',
    body: `Dear Dr. Wells,

I am honored to tell you that Meadowbrook will be at the top of my rank order list.

Best,
Kai Andersen`,
  },
  {
    kind: 'other',
    subject: 'Program question',
    body: `Dear Dr. Ito,

Does your program offer a research track for residents interested in clinical trials? I could not find this in the program brochure.

Thank you,
Nadia Haddad`,
  },
  {
    kind: 'other',
    subject: 'Interview format',
    body: `Dear Ms. Ellis,

Thank you for the interview invitation. Will the interviews this year be virtual or in person? I need to know before I book flights.

Best,
Raj Patel`,
  },
  {
    kind: 'other',
    subject: 'Application withdrawn',
    body: `Dear Dr. Young,

Please remove my name from consideration for the PGY-1 position. I have accepted a position in another specialty.

Thank you for your time,
Oscar Lind`,
  },
  {
    kind: 'other',
    subject: 'Interview confirmation',
    body: `Dear Ms. Bell,

I just wanted to confirm that my interview is on January 15 at 8 am, and to ask where I should check in when I arrive.

Thank you,
Sunita Rao`,
  },
  {
    kind: 'other',
    subject: 'Where is my interview invitation?',
    body: `Dr. Harris,

I applied in September and have not received any invitation. My scores are very strong. Please let me know when I can expect to hear from you.

Mark`,
  },
  {
    kind: 'other',
    subject: 'Leave of absence question',
    body: `Dear Dr. Ahmed,

Can I ask how the program handles a leave of absence during the CA-1 year? I am asking for planning purpose only.

Thank you and regards,
Dr. Ling Zhou`,
  },
  {
    kind: 'other',
    subject: 'Match result',
    body: `Dear Dr. Perry,

I am so happy that I matched into your program! Is there anything I should prepare before July, such as the state training license or the hospital forms?

Best regards,
Noor Khalil`,
  },
  {
    kind: 'other',
    subject: 'Virtual open house',
    body: `Dear Ms. Rivera,

I saw that you are hosting a virtual open house next week. Could you send me the registration link?

Thanks,
Caleb Young`,
  },
  {
    kind: 'pre-interview-interest',
    subject: 'Introduction - Cardiac anesthesia interest',
    body: `Dear Dr. Lopez,

I am a fourth-year student at Northfield University and I am applying to anesthesiology residency this year. I am writing to express my interest in your program, especially your cardiac anesthesia training.

Thank you for your consideration.

Sincerely,
Grace Liu`,
  },
  {
    kind: 'pre-interview-interest',
    subject: 'Application to your residency',
    body: `Dear Program Director,

My name is Dr. Hamid Rahimi. I graduated from Tehran University of Medical Sciences and passed all USMLE steps in first attempt. I am very eager to join your anesthesiology residency and I hope for an interview opportunity.

Best regards,
Hamid`,
  },
  {
    kind: 'pre-interview-interest',
    subject: 'Away rotation student',
    body: `Dear Dr. Kim,

I just finished my away rotation with your department and I loved every day of it. I have submitted my ERAS application and would be thrilled to interview.

Best,
Sarah Jones`,
  },
  {
    kind: 'reply-to-program',
    subject: 'Interview scheduling',
    body: `Dear Ms. Moore,

Thank you for reaching out. I would be happy to interview on December 12, and I have selected that date in Thalamus.

Best regards,
Ines Duarte`,
  },
  {
    kind: 'reply-to-program',
    subject: 'RE: Post-interview survey',
    body: `Dear Dr. Bishop,

I have completed the survey. Thank you again for a great interview day.

Best,
Owen`,
  },

  // ---------------------------------------------------------------- a last held-out batch
  {
    kind: 'pre-interview-interest',
    subject: 'Anesthesiology applicant - Ohio roots',
    body: `Dear Dr. Weber,

I grew up in Dayton and hope to return to Ohio for residency. I have applied to your program this cycle because of its strong obstetric anesthesia experience and its commitment to rural outreach.

I would be happy to provide any additional information.

Sincerely,
Molly Evans`,
  },
  {
    kind: 'pre-interview-interest',
    subject: '',
    body: `Good morning Dr. Cruz,

I am a DO candidate from Riverbend College applying to anesthesiology. I attended your program's virtual open house last week and was inspired by the residents' research in pediatric pain.

Hoping for the opportunity to interview with your team.

Kind regards,
Jared Lim`,
  },
  {
    kind: 'thank-you',
    subject: 'Thanks for Tuesday',
    body: `Dr. Obi,

Thank you for taking time out of your busy schedule to interview me on Tuesday. Learning about the resident-run airway course was the highlight of my day.

Best,
Marco`,
  },
  {
    kind: 'thank-you',
    subject: 'Thank you!',
    body: `Dear Dr. Ferris,

I wanted to express my sincere gratitude for the interview and the tour of the hospital yesterday. Your residents were very kind, and I appreciated their honest answers about call.

I hope to stay in touch.

Warm regards,
Hiroshi Tanaka`,
  },
  {
    kind: 'thank-you',
    subject: '',
    body: `Dear Dr. Pak,

Thanks again for a fantastic interview today! Everyone made me feel at home.

Best,
Ali`,
  },
  {
    kind: 'update',
    subject: 'Presentation at the state meeting',
    body: `Dear Dr. Ross,

Just a brief note to let you know that I will be giving an oral presentation of our nerve block study at the state society meeting next month. The abstract was selected as one of the top five submissions.

Thank you for your consideration.

Best regards,
Lucy Hart`,
  },
  {
    kind: 'update',
    subject: '',
    body: `Dear Dr. Sato,

I am glad to share that my Step 2 CK score was released today and I scored 262. I have uploaded the score report.

Regards,
Ken Ito`,
  },
  {
    kind: 'update',
    subject: 'Updated CV',
    body: `Dear Dr. Lane,

Since my interview, I have received the Outstanding Student in Anesthesiology award from my school and joined a new research project on postoperative delirium. I have attached my updated CV.

Sincerely,
Maria Gomez`,
  },
  {
    kind: 'letter-of-interest',
    subject: 'Continued interest in Lakeview',
    body: `Dear Dr. Byrne,

I am writing to reiterate my strong interest in Lakeview. My interview day confirmed that your residents receive outstanding training in cardiac and regional anesthesia, and I would be honored to join them.

Thank you again for your time and consideration.

Best regards,
Sean Doyle`,
  },
  {
    kind: 'letter-of-interest',
    subject: '',
    body: `Dear Dr. Hale,

Since visiting your program in December, it has remained one of my very top choices. I can picture myself thriving among your residents.

Sincerely,
Jin Park`,
  },
  {
    kind: 'letter-of-interest',
    subject: 'Following my interview in January',
    body: `Dear Dr. Moss,

Having completed all my interviews, I want to share that your program is one of the few I would be most excited to join. The emphasis on mentorship during CA-1 year is something I really value.

Respectfully,
Ravi Nair`,
  },
  {
    kind: 'letter-of-intent',
    subject: 'My decision',
    body: `Dear Dr. Keane,

After much thought, I have decided that I will rank your program as my first choice. I have never felt more at home on an interview day.

Best regards,
Rosa Diaz`,
  },
  {
    kind: 'letter-of-intent',
    subject: 'Number one',
    body: `Dear Dr. Fry,

Your program is my number one choice and I will be ranking it first. I truly hope to be part of your residency next year.

Thank you,
Alex Reed`,
  },
  {
    kind: 'other',
    subject: 'Interview conflict',
    body: `Dear Ms. Baker,

I received invitations for the same date from two programs. Is there another date available in January for my interview with your program?

Thank you,
Carla Mendes`,
  },
  {
    kind: 'other',
    subject: 'Accommodation request',
    body: `Dear Ms. Shaw,

I use a wheelchair and wanted to ask whether the interview day tour is accessible. Please let me know if I should request any accommodations in advance.

Thank you,
Peter Hall`,
  },
  {
    kind: 'other',
    subject: 'Do you accept IMGs?',
    body: `Dear Sir,

Please let me know if your program is accepting international graduates with more than 3 years since graduation.

Regards,
Dr. Faisal Khan`,
  },
  {
    kind: 'other',
    subject: 'Still waiting',
    body: `Dear Dr. Moore,

It has been two months since I applied and I still have not heard anything. Could you let me know if my application is still under review?

Thank you,
Dana White`,
  },
  {
    kind: 'other',
    subject: 'Withdrawing from interview',
    body: `Dear Ms. Quinn,

I regret to inform you that I will need to withdraw from my interview on December 14 as I have accepted a position elsewhere. Thank you very much for the invitation.

Sincerely,
Nora Blake`,
  },
  {
    kind: 'other',
    subject: 'Book recommendations before July',
    body: `Dear Dr. Wolfe,

I am so excited to be joining your program this summer! Could you recommend any reading I should do before orientation?

Best,
Ian Cho`,
  },
  {
    kind: 'reply-to-program',
    subject: 'RE: Second look visit',
    body: `Dear Ms. Grant,

Thank you for the invitation. I would love to attend the second look on February 10.

Best,
Evan Lee`,
  },
  {
    kind: 'reply-to-program',
    subject: 'Documents',
    body: `Dear Ms. Fox,

Thank you for letting me know about the missing transcript. I have contacted my school and they will re-send it today.

Best regards,
Amir Saleh`,
  },
  // ---------------------------------------------------------------- timing and "as requested" gaps
  {
    kind: 'pre-interview-interest',
    subject: 'Thanks for the welcome reception',
    body: `Dear Dr. Ferreira,

Thanks so much for organizing the resident social tonight. Hearing the seniors describe the cardiac block made me even more eager.

I look forward to my interview tomorrow and to touring the new pain clinic.

Best,
Lina Okafor`,
  },
  {
    kind: 'pre-interview-interest',
    subject: 'Pre-interview dinner',
    body: `Dear Dr. Ferreira,

I am grateful for the dinner you hosted for applicants this evening; it was a lovely chance to meet the chief residents.

Ahead of my interview on Thursday I reread your department's work on enhanced recovery, which I find very exciting.

Kind regards,
Lina Okafor`,
  },
  {
    kind: 'other',
    subject: 'Documents for the simulation study',
    body: `Dear Dr. Ferreira,

As you asked at the close of our conversation on interview day, please find attached my certificate from the ultrasound course and the abstract we discussed.

Please tell me if anything else is needed.

Kind regards,
Lina Okafor`,
  },
  {
    kind: 'other',
    subject: 'Reference letter contact',
    body: `Dear Ms. Grant,

As requested during my visit, I am sending the contact details of my research supervisor, Dr. Mbeki, who is happy to speak with you.

Kind regards,
Lina Okafor`,
  },
  {
    kind: 'letter-of-interest',
    subject: 'Still thinking of Pinecrest',
    body: `Dear Dr. Ferreira,

Pinecrest remains one of the places where I would be happiest to train. The team-based teaching I witnessed in January is still what I compare every other program to.

Thank you and your residents for all your kindness this season.

Warm regards,
Lina Okafor`,
  },
];

describe('classifyDraft on written examples', () => {
  it.each(CASES.map((c, i) => [i, c.kind, c] as const))('#%i is %s', (_i, kind, c) => {
    const model = buildTextModel(c.body);
    expect(classifyDraft(model, { subject: c.subject, isReply: c.isReply })).toBe(kind);
  });

  it('covers every kind with several voices', () => {
    const counts = new Map<DraftKind, number>();
    for (const c of CASES) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    for (const n of counts.values()) expect(n).toBeGreaterThanOrEqual(4);
  });
});

describe('classifyDraft rules', () => {
  const kindOf = (body: string, subject = '') => classifyDraft(buildTextModel(body), { subject });

  it('treats a reply subject or a quoted thread as a reply whatever it says', () => {
    expect(isReplySubject('RE: Interview')).toBe(true);
    expect(isReplySubject('Re:Thank you')).toBe(true);
    expect(isReplySubject('Regarding the interview')).toBe(false);
    expect(kindOf('Dear Dr. Li,\n\nI will rank you first.\n\nBest,\nA', 'Re: Checking in')).toBe(
      'reply-to-program',
    );
    const threaded =
      'Dear Dr. Li,\n\nYes, that works.\n\nBest,\nA\n\nOn Mon, Jan 4, 2027, Dr. Li wrote:\n> Does Tuesday work?';
    expect(kindOf(threaded, 'Tuesday')).toBe('reply-to-program');
  });

  it('reads a first place offered on a condition as interest, not a letter of intent', () => {
    // 15 of the 27 letters of interest read as letters of intent in the blind sets were such offers (sets AA…CG).
    const offer =
      'Dear Dr. Li,\n\nSince my interview I keep coming back to Piedmont. If you can tell me that I am ranked to match, I will put you first without hesitation.\n\nBest,\nA';
    const firm =
      'Dear Dr. Li,\n\nSince my interview I keep coming back to Piedmont. I will put you first on my rank list.\n\nBest,\nA';
    expect(kindOf(offer)).toBe('letter-of-interest');
    expect(kindOf(firm)).toBe('letter-of-intent');
    // "if I am fortunate enough to match" is no condition on the first place
    const hope =
      'Dear Dr. Li,\n\nSince my interview I keep coming back to Piedmont. I will rank you first, and if I am fortunate enough to match there I will work hard.\n\nBest,\nA';
    expect(kindOf(hope)).toBe('letter-of-intent');
  });

  it('does not count a closing "thank you for your time" as a thank-you note', () => {
    const body =
      'Dear Dr. Li,\n\nCould you tell me where applicants should park on interview day?\n\nThank you for your time.\n\nBest,\nA';
    expect(kindOf(body)).toBe('other');
  });

  it('does not count thanks for an invitation as a thank-you note', () => {
    const body =
      'Dear Dr. Li,\n\nThank you for the invitation to interview on March 2. I have two questions about travel before I book.\n\nBest,\nA';
    expect(kindOf(body)).toBe('other');
  });

  it('lets a withdrawal outweigh courtesies about the interview day', () => {
    const body =
      'Dear Dr. Li,\n\nI am writing to withdraw from consideration at your program.\n\nThank you again for a lovely interview day and for hosting me.\n\nBest,\nA';
    expect(kindOf(body)).toBe('other');
  });

  it('reads negated intent as no intent', () => {
    const body =
      'Dear Dr. Li,\n\nI have not yet decided which program I will rank first. Your program remains one of my top choices after my interview.\n\nBest,\nA';
    expect(kindOf(body)).toBe('letter-of-interest');
    expect(kindOf('Dear Dr. Li,\n\nAfter my interview, I will rank your program first.\n\nBest,\nA')).toBe(
      'letter-of-intent',
    );
  });

  it('routes interest by timing: before an interview or after one', () => {
    const before =
      'Dear Dr. Li,\n\nI would love to train at Hillcrest and hope to be invited to interview.\n\nBest,\nA';
    const after =
      'Dear Dr. Li,\n\nSince my interview in January, I would love to train at Hillcrest.\n\nBest,\nA';
    expect(kindOf(before)).toBe('pre-interview-interest');
    expect(kindOf(after)).toBe('letter-of-interest');
  });

  it('reads a letter written before the interview on record as pre-interview interest', () => {
    const letter =
      'Dear Dr. Li,\n\nHillcrest is my first choice and I intend to rank it first. Your rural track is exactly the training I want.\n\nBest,\nA';
    const model = buildTextModel(letter);
    expect(classifyDraft(model, {})).toBe('letter-of-intent');
    expect(classifyDraft(model, { interviewAhead: true })).toBe('pre-interview-interest');
  });

  it('reads the interview on record through analyze(): ahead of today, interest is pre-interview', async () => {
    const { analyze } = await import('../../src/analyzer');
    const text =
      'Dear Dr. Li,\n\nThank you for the invitation to interview on January 13. Hillcrest is my first choice, and your rural track is exactly the training I want.\n\nBest,\nAna Lee';
    const programs = [
      { name: 'Hillcrest Medical Center', aliases: ['Hillcrest'], interviewDate: '2027-01-13' },
    ];
    const ctx = (today: string) => ({ programs, recipientProgram: 'Hillcrest Medical Center', today });
    expect(analyze(text, ctx('2026-12-01')).kind).toBe('pre-interview-interest');
    expect(analyze(text, ctx('2027-01-20')).kind).not.toBe('pre-interview-interest');
  }, 60_000);

  it('expands contractions before matching', () => {
    expect(kindOf("Dear Dr. Li,\n\nI've decided I'll rank Hillcrest first.\n\nBest,\nA")).toBe(
      'letter-of-intent',
    );
    expect(
      kindOf("Dear Dr. Li,\n\nI can't make my interview on the 3rd. Could we reschedule?\n\nBest,\nA"),
    ).toBe('other');
  });

  it('reads thanks after the Match (for the result or the season) as other, not a thank-you note', () => {
    expect(
      kindOf(
        'Dear Dr. Li,\n\nToday I opened my Match email and saw Hillcrest. Thank you for this chance!\n\nBest,\nA',
      ),
    ).toBe('other');
    expect(
      kindOf(
        'Dear Dr. Li,\n\nI did not match this year. Thank you for the interview in January.\n\nBest,\nA',
      ),
    ).toBe('other');
    expect(kindOf('Dear Dr. Li,\n\nThank you for the interview yesterday.\n\nBest,\nA')).toBe('thank-you');
  });

  it('calls an empty or purposeless draft other', () => {
    expect(kindOf('')).toBe('other');
    expect(kindOf('Dear Dr. Li,\n\nHello.\n\nBest,\nA')).toBe('other');
  });

  it('reads "thank you again" as a later letter\'s courtesy, not a thank-you note', () => {
    const body =
      'Dear Dr. Li,\n\nThank you again for my interview in December. Hillcrest remains one of my top choices.\n\nBest,\nA';
    expect(kindOf(body)).toBe('letter-of-interest');
  });

  it('tells news from a request for news', () => {
    expect(
      kindOf('Dear Dr. Li,\n\nI have an update: my paper was accepted for publication.\n\nBest,\nA'),
    ).toBe('update');
    expect(
      kindOf('Dear Dr. Li,\n\nI applied in September. Are there any updates on my application?\n\nBest,\nA'),
    ).toBe('other');
    expect(
      kindOf(
        'Dear Dr. Li,\n\nI forgot to attach the letter to my update email. It is attached now.\n\nBest,\nA',
      ),
    ).toBe('other');
  });

  it('rules a pre-interview note out once an interview is in the past', () => {
    const body =
      'Dear Dr. Li,\n\nI am a fourth-year student and I interviewed at Hillcrest in January. I am eager to train there.\n\nBest,\nA';
    expect(kindOf(body)).toBe('letter-of-interest');
  });

  it('needs an interview, a visit or a conversation for a thank-you note', () => {
    expect(kindOf('Dear Dr. Li,\n\nThank you so much for your time and consideration.\n\nBest,\nA')).toBe(
      'other',
    );
    expect(
      kindOf('Dear Dr. Li,\n\nThank you so much for your time at the interview today.\n\nBest,\nA'),
    ).toBe('thank-you');
  });

  it('takes under 0.1 ms for a 300-word draft (fastest of several rounds, to ride out a busy machine)', () => {
    // A realistic draft: body paragraphs of many kinds, so that many cues' anchor words occur.
    const paragraphs = CASES.flatMap((c) =>
      buildTextModel(c.body)
        .paragraphs.filter((p) => p.role === 'body')
        .map((p) => p.text),
    );
    const chosen: string[] = [];
    let words = 0;
    for (const p of paragraphs) {
      if (words >= 300) break;
      chosen.push(p);
      words += p.split(/\s+/).length;
    }
    const model = buildTextModel(`Dear Dr. Li,\n\n${chosen.join('\n\n')}\n\nBest regards,\nA`);
    const run = () => classifyDraft(model, { subject: 'Thank you - update and a question' });
    for (let i = 0; i < 300; i++) run();
    // CPU time, not wall time: a busy machine's waiting is not the classifier's cost.
    let fastest = Number.POSITIVE_INFINITY;
    for (let round = 0; round < 7; round++) {
      const n = 200;
      const t0 = process.cpuUsage();
      for (let i = 0; i < n; i++) run();
      const used = process.cpuUsage(t0);
      fastest = Math.min(fastest, (used.user + used.system) / 1000 / n);
    }
    console.info(`classifyDraft: ${(fastest * 1000).toFixed(1)} µs for ${words} words`);
    expect(words).toBeGreaterThanOrEqual(300);
    expect(fastest).toBeLessThan(0.1);
  });
});

/** One sentence for each alternative of each cue, to check the anchor words that gate the regexes. */
const CUE_PHRASES = `
I will rank your program first.
I plan on ranking Hillcrest as my number one.
I am placing you at the very top of my list.
I will put Hillcrest in the top spot.
I am moving your program to 1st place.
You are my clear first choice.
Hillcrest is the #1 program for me.
Hillcrest will be first on my rank order list.
You will be at the top of my rank list.
Please consider this my letter of intent.
I am committing to train at Hillcrest.
I will not rank anywhere else.
I do not plan to rank any other program.
I have a quick update for you.
Update: my paper was published.
Here is an update on my research.
I wanted to update you on my application.
Please update my file with the attached letter.
Our abstract was accepted for presentation.
My manuscript has been accepted to the journal.
The paper was published last week.
I was awarded the research prize.
I was selected for the honor society.
I was named as chief student.
I was elected to the board.
I have a new publication to share.
I am pleased to share that I passed.
I wanted to share a new development.
I have some good news.
My score came back today.
My results were released this morning.
I received my Step 2 CK score.
I scored 255 on Step 2.
I just passed Step 3.
I passed COMLEX Level 2 this week.
I am now ECFMG certified.
I received my ECFMG certification.
My certification came through.
My green card was approved.
I completed an acting internship in critical care.
I finished my sub-internship in the ICU.
I wrapped up my cardiac elective.
I started a research fellowship.
The letter has been uploaded to ERAS.
I added the letter to my ERAS file.
Thank you for the interview yesterday.
Thanks so much for hosting me.
I am grateful for the time you spent with me.
I appreciated our conversation about the pain service.
I am thankful for your time with me.
Thank you for walking me through the ORs.
Thank you for yesterday.
Yesterday's interview was a highlight.
Monday's visit was wonderful.
The tour this morning was great.
It was a pleasure to meet you.
It was wonderful meeting you on Friday.
I had a great time at the interview.
I enjoyed the interview day.
I loved meeting your residents.
This is my letter of interest.
You are one of my top choices.
Hillcrest is among my very top programs.
You are near the top of my list.
Hillcrest is high on my rank list.
I will rank you highly.
Hillcrest remains one of the programs I like best.
I have continued interest in your program.
I want to reiterate my interest.
I remain very interested in Hillcrest.
I would love to train at your program.
I would be so proud to join your residency.
Hillcrest is where I hope to train.
I am eager to join your team.
I can see myself training there.
It is a great fit for me.
Your program stands out among the rest.
I hope to match at Hillcrest.
If I do not end up at Hillcrest I will be sad.
It is my dream program.
This program means everything to me.
It is one of the places where I would most like to train.
I would like to introduce myself.
My name is Ana.
I am a fourth-year medical student.
I am an international medical graduate.
I am an MS4 at Eastvale.
I recently applied to your program.
I submitted my ERAS application.
I am applying to your program.
I am reapplying this year.
I am an applicant to your residency.
I hope to be invited to interview.
I would welcome an interview.
I look forward to the opportunity to interview with you.
I am available for an interview any time.
Thank you for considering my application.
Happy to provide anything further for my file.
I am writing to withdraw my application.
Please remove my name from consideration.
Please take my name off your list.
I am no longer interested in the position.
I must decline the interview invitation.
I will not be including Hillcrest on my rank list.
I need to cancel my interview.
Could we reschedule my interview?
I need to postpone my interview.
Is there a later date available?
I have two quick questions.
I wanted to ask whether interviews are virtual.
I was wondering if you sponsor visas.
Could you please tell me where to park?
May I ask about the call schedule?
Would it be possible to switch dates?
Does the program sponsor H-1B visas?
I have questions about the research track.
Do you sponsor J-1 visas?
Is parking validated?
Where is the hotel?
Is there travel reimbursement?
What is the dress code?
When is orientation?
Which onboarding forms do you need?
I have the credentialing paperwork.
When is the start date?
What is the salary?
Is there housing for residents?
We are in the couples match.
I forgot to attach my CV.
The CV is attached now.
I sent the wrong attachment.
There was a typo in my previous email.
I am checking in on my application.
I am following up again.
Are there any updates?
I have not heard back.
What is the status of my application?
I have nothing new to add.
Could you give me an update?
Is there a position outside the Match?
I am in the SOAP.
Do you have unfilled positions?
Are there any open spots?
Are there openings in July?
Could you offer me a position?
I would sign a contract today.
I did not match this year.
I matched at Hillcrest!
I am an incoming resident.
A position has opened up?
Thank you for your kind message.
Thank you for reaching out.
In reply to your note, yes.
As you requested, here is my CV.
To answer your question, no.
You asked about my plans.
As mentioned in your email, I will attend.
Since my interview in January I have thought about you.
After interviewing at Hillcrest I was sure.
I interviewed there in December.
I have visited the program.
My interview on Monday went well.
I enjoyed every interview day.
My visit last month was great.
Do you remember me from the open house?
The rank list deadline is close.
I will certify my list soon.
My rank order list is almost done.
Rank lists are due next week.
The interview season has ended.
Now that my interviews are over, I have thought about it.
Having completed all my interviews, I know what I want.
My interviews are over.
As I finalize my rank list, I think of you.
It has been weeks since my interview.
Over the past few weeks I have reflected.
I am writing to let you know.
I wanted to share something.
I am reaching out about my application.
This letter is to confirm my interest.
The purpose of this email is to ask.
`
  .trim()
  .split('\n');

describe('anchor words', () => {
  it('gate no cue away from a sentence it matches', () => {
    const sentences = [
      ...CUE_PHRASES,
      ...CASES.flatMap((c) =>
        buildTextModel(c.body).paragraphs.flatMap((p) => p.sentences.map((s) => s.text)),
      ),
    ];
    const gaps = sentences.flatMap((s) => anchorGaps(s).map((id) => `cue ${id} in "${s}"`));
    expect(gaps).toEqual([]);
  });
});

/** Reads a corpus .eml simply: headers up to the first blank line, then the body. */
function readEml(path: string): { subject: string; body: string; isReply: boolean } {
  const raw = readFileSync(path, 'utf8').replace(/\r\n/g, '\n');
  const cut = raw.indexOf('\n\n');
  const head = cut === -1 ? raw : raw.slice(0, cut);
  const body = cut === -1 ? '' : raw.slice(cut + 2);
  const subject = /^Subject:[ \t]*(.*)$/im.exec(head)?.[1]?.trim() ?? '';
  return { subject, body, isReply: /^In-Reply-To:/im.test(head) };
}

function corpusAccuracy(dir: string): { accuracy: number; errors: string[] } {
  const ctx = JSON.parse(readFileSync(join(dir, 'context.json'), 'utf8')) as {
    drafts: Record<string, { kind: DraftKind }>;
  };
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .sort();
  const errors: string[] = [];
  for (const f of files) {
    const d = readEml(join(dir, f));
    const model = buildTextModel(d.body);
    for (const p of model.paragraphs)
      for (const s of p.sentences) expect(anchorGaps(s.text), s.text).toEqual([]);
    const kind = classifyDraft(model, { subject: d.subject, isReply: d.isReply || undefined });
    const want = ctx.drafts[f]?.kind;
    if (kind !== want) errors.push(`${f}: ${kind}, labeled ${want}`);
  }
  return { accuracy: (files.length - errors.length) / files.length, errors };
}

describe('classifyDraft on the labeled corpora', () => {
  const corpora = {
    'shared corpus': sharedPath(
      'corpus',
      'draft-kind accuracy on the shared corpus (tests/unit/classify.test.ts)',
    ),
    'our corpus': fileURLToPath(new URL('../fixtures/drafts', import.meta.url)),
  };
  for (const [name, dir] of Object.entries(corpora)) {
    it.skipIf(!dir)(`classifies at least 90% of the ${name} as labeled`, () => {
      const { accuracy, errors } = corpusAccuracy(dir ?? '');
      if (errors.length) console.info(`${name}: ${accuracy.toFixed(3)}\n  ${errors.join('\n  ')}`);
      expect(accuracy).toBeGreaterThanOrEqual(0.9);
    });
  }
});
