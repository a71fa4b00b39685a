// What the offline analyst understands of a question: its language, the element types it names and the words that
// signal each kind of question, in English, German and Japanese. Patterns run on fold()ed text (lower case, no
// accents: "Prüfung" → "prufung", punctuation → spaces), so they are written that way.
import { fold } from '@/lib/bpmn/tools';

export type Lang = 'en' | 'de' | 'ja';

const KANA = /[\u3040-\u30ff]/;
const HAN = /[\u4e00-\u9fff]/;
const DE_WORDS = new Set(('ich muss mich mir du wir unser soll sollte hat haben welchem wann warum wie viele wieviele welche welcher welches was passiert gibt es nach vor danach bevor wer macht wird werden sind ist die der das und mit ohne kann konnen zeige zeig liste alle mein meine meinem meinen diagramm prozess prozesses aufgabe aufgaben schritt schritte ende enden fehler probleme geandert seit wenn falls im einem einer ein eine zusammenfassung fasse uberblick gibts kommt folgt wo bitte nicht keine durch zwischen wurde welchen dem den des zuletzt schleifen teilprozess verzweigung ereignisse erreichbar insgesamt gesamt anzahl danke hallo kannst konntest sagen uns unsere unserem unseren auch noch schon passiert geschieht wohin woher').split(' '));
const EN_WORDS = new Set(('what how many which is are the after before does do there who can list show all my diagram process task tasks step steps end ends errors problems changed since if when without between through of in it this that happens comes next any me tell give where find have has was were last please').split(' '));

/** The question's language, judged without the element names it quotes (a Japanese name in an English question). */
const DE_TYPOS = /^(?:wi+e?v[iy]e?l\w{0,2}|wi+e?f[iy]e?l\w{0,2}|wiev\w{1,4}|gibts|gibs|gips|gibbet|hats|isses|welch[eaiy]?s?n?)$/;

export function detectLanguage(question: string, names: string[]): Lang {
  let rest = question;
  for (const n of [...names].sort((a, b) => b.length - a.length)) if (n && rest.includes(n)) rest = rest.split(n).join(' ');
  if (KANA.test(rest) || (HAN.test(rest) && !/[a-z]{3,}/i.test(rest))) return 'ja';
  const raw = rest.toLowerCase();
  if (/[äöüß]/.test(raw)) return 'de';
  const words = fold(rest).split(' ');
  let de = 0, en = 0;
  // Typed fast ("wiviele user tasks gibts"): the German question word and verb outweigh the English type words.
  for (const w of words) { if (DE_WORDS.has(w)) de++; else if (DE_TYPOS.test(w)) de += 2; if (EN_WORDS.has(w)) en++; }
  return de > en ? 'de' : 'en';
}

/** Element type words → a type the count/list tools understand. Longest, most specific first. */
export const TYPE_WORDS: [RegExp, string][] = [
  [/\buser ?tasks?\b|\busr ?tasks?\b|\bbenutzer ?aufgaben?\b|\bhuman tasks?\b|ユーザー ?タスク|ユーザタスク/g, 'userTask'],
  [/\bservice ?tasks?\b|\bservice ?aufgaben?\b|\bdienst ?aufgaben?\b|サービス ?タスク/g, 'serviceTask'],
  // Work said to run by itself: every task type a system performs (service, script, business rule).
  [/\bautomated (?:tasks?|steps?|activities|ones)\b|\bautomatic (?:tasks?|steps?|ones)\b|\bsystem tasks?\b|\bautomatische\w* (?:aufgaben?|tasks?)\b|\b(?:(?:tasks?|steps?|activities|things|work) (?:\w+ ){0,2})?(?:done|run|runs|ran|performed|executed|handled|processed|carried out|happen|happens|work|works|go|goes) (?:fully |all )?(?:automatically|by (?:the |a )?system|by (?:itself|themselves)|on (?:its|their) own)\b|\b(?:aufgaben?|schritte?|tatigkeiten|tasks?) (?:\w+ ){0,2}(?:laufen|lauft|ablaufen|lauft ab|gehen|werden|wird) (?:\w+ ){0,2}(?:automatisch|von selbst|selbstandig)\b|\b(?:tasks?|steps?|activities|things|ones) (?:are |is |get |gets |were )(?:fully |all )?(?:automated|automatic)\b|\b(?:(?:aufgaben?|schritte?|tatigkeiten) (?:\w+ ){0,2})?(?:automatisch|vom system) (?:erledigt|ausgefuhrt|bearbeitet|gemacht|laufen|lauft)\w*|自動タスク|自動(?:的)?[にで](?:行|実行|処理|動)[ぁ-ん]*(?:タスク|作業|ステップ)?/g, 'automatedTask'],
  // Work said to be done by people: user and manual tasks.
  [/\b(?:(?:tasks?|steps?|activities|things|work) (?:\w+ ){0,2})?(?:done|performed|carried out|handled|processed) by (?:a |an )?(?:person|human|humans|people|someone|staff|employees?)\b|\b(?:(?:aufgaben?|schritte?|tatigkeiten) (?:\w+ ){0,2})?von (?:einem menschen|menschen|einer person|personen|mitarbeite\w*) (?:erledigt|ausgefuhrt|bearbeitet|gemacht)\w*|人が(?:行|やる|する|実施)[ぁ-ん]*(?:タスク|作業)?/g, 'humanTask'],
  [/\bsend ?tasks?\b|\bsende ?aufgaben?\b|送信 ?タスク/g, 'sendTask'],
  [/\breceive ?tasks?\b|\bempfangs ?aufgaben?\b|受信 ?タスク/g, 'receiveTask'],
  [/\b(?:(?:tasks?|steps?|activities|things|work) (?:\w+ ){0,2})?(?:done|performed|carried out|handled|processed) (?:manually|by hand)\b|\b(?:tasks?|steps?|activities|things|ones) (?:are |is |were )manual\b|\b(?:(?:aufgaben?|schritte?|tatigkeiten) (?:\w+ ){0,2})?(?:manuell|von hand) (?:erledigt|ausgefuhrt|bearbeitet|gemacht)\w*|手作業で(?:行|やる|する|実施)[ぁ-ん]*(?:タスク|作業)?|\bmanual ?(?:tasks?|steps?|ones|activities|work)\b|\bby hand\b|\bmanuelle\w* (?:aufgaben?|tasks?)\b|手動 ?タスク/g, 'manualTask'],
  [/\bscript ?tasks?\b|\bskript ?aufgaben?\b|スクリプト ?タスク/g, 'scriptTask'],
  [/\bbusiness ?rule ?tasks?\b|\bgeschaftsregel\w*\b|\bdmn tasks?\b|ビジネスルール ?タスク/g, 'businessRuleTask'],
  [/\bcall ?activit(?:y|ies)\b|\baufrufaktivitat\w*|呼び出しアクティビティ/g, 'callActivity'],
  [/\bevent ?sub ?process\w*|\bereignis ?(?:teil|unter) ?prozess\w*|イベントサブプロセス/g, 'eventSubProcess'],
  [/\btransactions?\b|\btransaktion\w*|トランザクション/g, 'transaction'],
  [/\bsub ?process\w*|\b(?:teil|unter) ?prozess\w*|サブプロセス/g, 'subProcess'],
  [/\b(?:exclusive|xor) ?(?:gateways?|gws?|decisions?)\b|\bexklusive\w* ?gateways?\b|\bxor\b|排他 ?的? ?ゲートウェイ/g, 'exclusiveGateway'],
  [/\bparall?ell?\w* ?(?:gateways?|gws?)\b|\band ?gateways?\b|\bparallele\w* ?gateways?\b|並列 ?ゲートウェイ|パラレル ?ゲートウェイ/g, 'parallelGateway'],
  [/\binclusive ?(?:gateways?|gws?)\b|\binklusive\w* ?gateways?\b|\bor ?gateways?\b|包含 ?ゲートウェイ/g, 'inclusiveGateway'],
  [/\bevent ?based ?(?:gateways?|gws?)\b|\bereignis ?basierte\w* ?gateways?\b|イベントベース ?ゲートウェイ?/g, 'eventBasedGateway'],
  [/\btimers?(?: events?)?\b|\btimer ?ereignis\w*|\bzeit ?ereignis\w*|\bwartezeit\w*|\bwartefrist\w*|\bwaiting (?:time|period)s?\b|\bwait (?:time|period)s?\b|タイマー ?イベント|タイマー|待ち時間|待機時間/g, 'timer event'],
  [/\bmessage (?:start )?events?\b|\bnachrichten ?ereignis\w*|メッセージ ?イベント/g, 'message event'],
  [/\berror events?\b|\bfehler ?ereignis\w*|エラー ?イベント/g, 'error event'],
  [/\bescalation events?\b|\bescalations\b|\beskalations ?ereignis\w*|エスカレーション ?イベント/g, 'escalation event'],
  [/\bcompensation(?: events?)?\b|\bkompensation\w*|補償 ?イベント/g, 'compensate event'],
  [/\bsignal events?\b|\bsignals?\b(?= *$)|\b(?:ein|einen|kein\w*|an?|any|some)\s+signal(?:e|s)?\b|\b(?:sends?|throws?|raises?|broadcasts?) an? signal\b|\bsignal ?ereignis\w*|シグナル ?イベント/g, 'signal event'],
  [/\blink events?\b|\blink ?ereignis\w*|リンク ?イベント/g, 'link event'],
  [/\bboundary ?events?\b|\battached events?\b|\brand ?ereignis\w*|\bangeheftete\w* ereignis\w*|境界 ?イベント/g, 'boundaryEvent'],
  [/\bstart ?events?\b|\bstarts\b|\bstart ?ereignis\w*|開始 ?イベント/g, 'startEvent'],
  [/\bend ?events?\b|\bend ?ereignis\w*|終了 ?イベント/g, 'endEvent'],
  [/\bintermediate ?(?:catch |throw )?events?\b|\bzwischen ?ereignis\w*|中間 ?イベント/g, 'intermediateEvent'],
  [/\bgateways?\b|\bgws?\b|\bdecisions?\b|\bdecision points?\b|\bverzweigungen?\b|\bentscheidungen?\b|\bentscheidungspunkte?\b|ゲートウェイ|分岐/g, 'gateway'],
  [/\bevents?\b|\bereignisse?\b|イベント/g, 'event'],
  // "Steps" are the work a process does: activities, not its events and gateways.
  [/\bactivit(?:y|ies)\b|\baktivitat(?:en)?\b|\bsteps?\b|\bschritte?\b|アクティビティ|ステップ/g, 'activity'],
  [/\btasks?\b|\btaks\b|\btsks?\b|\baufgaben?\b|\btatigkeiten?\b|\barbeitsschritte?\b|タスク|作業/g, 'task'],
  [/\bmessage ?flows?\b|\bmessages\b|\bnachrichten ?fl(?:u|ue)sse?\b|\bnachrichten\b|\bnachrichten ?(?:austausch|verkehr)\b|メッセージ ?フロー|メッセージ/g, 'messageFlow'],
  [/\bsequence ?flows?\b|\bflows\b|\bconnections?\b|\barrows?\b|\bedges?\b|\bsequenz ?fl(?:u|ue)sse?\b|\bverbindungen\b|\bpfeile\b|シーケンス ?フロー|矢印|接続/g, 'flow'],
  [/\bswim ?lanes?\b|\blanes?\b|\bbahnen\b|\bschwimmbahnen\b|\bteams?\b|\bdepartments?\b|\bdepts?\b|\bdivisions?\b|\broles?\b|\babteilung(?:en)?\b|\brollen?\b|\bzustandigkeitsbereich\w*|\bverantwortungsbereich\w*|\bareas? of responsibility\b|レーン|部署|部門|チーム|どの課|どこの課|各課|どの係|どの班/g, 'lane'],
  [/\bpools?\b|\bparticipants?\b|\bteilnehmer\w*|\bbeteiligte\w*|プール|参加者/g, 'participant'],
  [/\belements?\b|\bshapes?\b|\bnodes?\b|\bthings\b|\bdinge\b|\belemente?\b|\bbausteine?\b|要素|ノード/g, 'element'],
];

/** Nouns for element types, for words that the patterns above miss by a typo ("gatways", "lanse"). */
export const TYPE_NOUNS: [string, string][] = [
  ['gateway', 'gateway'], ['gateways', 'gateway'], ['task', 'task'], ['tasks', 'task'], ['event', 'event'], ['events', 'event'],
  ['activity', 'activity'], ['activities', 'activity'], ['element', 'element'], ['elements', 'element'], ['lanes', 'lane'],
  ['participants', 'participant'], ['subprocess', 'subProcess'], ['subprocesses', 'subProcess'], ['aufgaben', 'task'],
  ['ereignisse', 'event'], ['elemente', 'element'], ['teilprozesse', 'subProcess'], ['decisions', 'gateway'],
];

/** Absence: "no", "without", "kein", "ohne", "nie" (a lacking thing in a question or an event's name). */
const LACK = /\b(?:no|not|never|without|none|nobody|cannot|can t|couldn t|won t|isn t|aren t|kein\w*|nicht|ohne|nie|niemand)\b/;

/** Signals of each kind of question. */
export const SIGNALS = {
  count: /\b(?:how|hw|hwo|hoe|hpw|ho) (?:many|mnay|mny|mayn|manny|meny|amny)\b|\bhow many\b|\bno of\b|\bnr of\b|\bnum of\b|\bnumber\b(?= of| der)|\btotal (?:number|count)\b|\bamount of\b|\bquantity\b|\bhow m[a-z]{1,3}y\b|\bwie ?v[a-z]{1,4}\b(?= \S)|\bwi ?v[iy]e?le?\b(?= \S)|\bwie ?f[iy]e?le?\b|\bhow much\b|\bnumber of\b|\bcount\b|\bcounts\b|\bhow many\b|\bhw many\b|\bhow mny\b|\bwie ?viele?\b|\bwieviel\w*|\banzahl\b|\bzahl der\b|\bzahle\b|いくつ|何個|何こ|なんこ|何件|何つ|幾つ|の数|数は|何本|何か所|何箇所|何種類/,
  list: /\blist\b|\bshow (?:me )?(?:all|the|every)\b|\bwhich (?:\w+ )?(?:tasks?|gateways?|events?|activities|lanes?|pools?|elements?|steps?)\b|\bname (?:all|the|every)\b|\bwhat are the\b|\benumerate\b|\bliste\w*\b|\bzeige?\b|\bnenne\b|\bwelche\w*\b|\bauflist\w*|一覧|リスト|列挙|教えて|挙げて/,
  help: /^(?:hi|hello|hey|help|hallo|hilfe|moin|servus|guten tag|こんにちは|ヘルプ)\b|\bwhat can you (?:do|answer|tell)\b|\bwas kannst du\b|\bwobei kannst du\b|何ができ|何を聞け/,
  needsModel: /\bwrite\b|\bcompose\b|\bdraft (?:an?|the|me)\b|\btranslat\w*|\bpoem\b|\bhaiku\b|\bpoetry\b|\b(?:an?|the) (?:email|e mail|letter) (?:to|for|an|fur)\b|\bstory\b|\bjoke\b|\bsong\b|\bslogan\b|\bfor my (?:manager|boss|team|ceo)\b|\bexecutive summary\b|\bpresentation\b|\bin french\b|\bin spanish\b|(?<!\bwer |\b(?:welche\w*|die|den|dem|des|eine?[mns]?|kein\w*|diese\w*|alle\w*|jede\w*|unser\w*|ihr\w*) )\bschreib\w*|\bformulier\w*|\bubersetz\w*|\bgedicht\w*|\bbrief an\b|\bwitz\b|\bfur meinen? (?:chef|chefin|vorgesetzten|manager)\b|書いて|翻訳|訳して|(?:やさしい|わかりやすい|分かりやすい|簡単な)(?:文章|言葉|日本語)で|文章で説明|文章にして|詩を|メールを(?:書|作)|作文|要約文/,
  changes: /\bchang(?:e|ed|es)\b|\bdiff\b|\bdifferences?\b|\bwhat is different\b|\bwhat(?: ?s| is) new\b|\bmodifi\w*|\bsince (?:last|you last|the last|my last)\b|\bedited\b|\bgeandert\b|\banderung\w*|\bunterschied(?:e|en|s)?\b|\bseit (?:meiner|der|deiner) letzten\b|\bwas ist neu\b|変更|変わ|差分|前回から/,
  summary: /\bsummar\w*|\bsumary\b|\boverview\b|\bdescribe (?:the|this|my) (?:diagram|process|model|flow)\b|\bexplain (?:the|this|my) (?:diagram|process|model|flow)\b|\bwalk me through\b|\bwhat (?:is|does) (?:this|the|my) (?:diagram|process|model)(?: do| about)?\b|\bwhat(?:s| is) in (?:this|the|my) (?:diagram|process)\b|\bzusammenfass\w*|\bfasse\b.*\bzusammen\b|\buberblick\b|\bbeschreib\w* (?:den|das|diesen|dieses|mein\w*) (?:prozess|diagramm|modell|ablauf)\b|\bworum geht\b|\bwas macht (?:der|dieser|mein) prozess\b|\berklar\w* (?:den|das|mir den) (?:prozess|diagramm|ablauf)\b|概要|要約|まとめ|説明して|どんなプロセス|何をするプロセス/,
  problems: /直したほうが|直した方が|直すべき|直すところ|\blauft (?:das|es|alles) (?:rund|glatt|sauber)\b|\bpasst (?:das|es|alles)(?: \w+){0,2} so\b|\b(?:ist|sieht) (?:das|es|mein\w*|dies\w*)(?: \w+){0,2} so (?:ok|okay|gut|richtig|korrekt|in ordnung)\b|\bkann (?:ich|man) (?:das|es) so lassen\b|\bis (?:this|it) (?:ok|okay|fine|good) (?:as it is|like this|like that)\b|\bdoes (?:this|it) look (?:ok|okay|right|good|fine)\b|\bgood to go\b|(?:このままで|これで|この図で)(?:大丈夫|いい|良い)|\b(?:sauber|richtig|korrekt|ordentlich|gut) (?:modelliert|gezeichnet|aufgebaut)\b|\bmodell?ed (?:properly|correctly|cleanly|well)\b|\bwell modell?ed\b|\bwrong\b|\b\w{3,}fehler\w*|\bfix(?:ing|ed)\b|\bquality check\b|\bclean enough\b|\bgood enough\b|\bready (?:to|for) (?:be )?(?:hand\w*|deploy\w*|production|release|go live)\b|\bproblems?\b|\bissues?\b|\berrors?\b|\bwarnings?\b|\blint\w*\b|\bvalidat\w*|\bmistakes?\b|\bbroken\b|\bfix\b|\bfixes\b|\bimprove\w*|\bclean ?up\b|\btidy\b|\breview\b|\bcheck (?:my|the|this|it)\b|\bsmells?\b|\bbest practices?\b|\bis (?:it|this|the|my)(?: diagram| process| model)? (?:ok|okay|correct|valid|fine|good|right)\b|\bfehler\w*|\bprobleme?\b|\bwarnungen?\b|\bfalsch\b|\bverbesser\w*|\baufraum\w*|\bbereinig\w*|\bkorrigier\w*|\bbeheben\b|\bpruf\w* (?:mein\w*|das|den|die|dies\w*) (?:diagramm|modell|prozess|ablauf|bpmn)\w*|\bin ordnung\b|\bstimmt (?:was|etwas) nicht\b|問題|エラー|警告|間違|修正|改善|チェックして|おかしい|\bmodell\w*(?:fehler|probleme?)\b|\bmodell?ing (?:errors?|problems?|issues?|mistakes?)\b/,
  reachability: /\bnie\b(?: \w+){0,4} (?:ausgefuhrt|erreicht|durchlaufen|ausgelost)\w*|\b(?:nobody|no one|noone|never)\b(?: \w+){0,3} (?:get|gets|come|comes) (?:to|at)\b(?! \w)|\bnever\b(?: \w+){0,4} (?:run|runs|executed|happen|happens|reached|started)\b|\bunreachable\b|\bunreach\w*|\bnever (?:be )?reached\b|\bcan ?(?:not|t) be reached\b|\bnot reachable\b|\bnot be reached\b|\breachable\b|\bdead ?ends?\b|\borphan\w*|\bdisconnected\b|\bnicht erreichbar\w*|\bunerreichbar\w*|\berreichbar\w*|\bsackgassen?\b|\bnie erreicht\b|\bnie\b(?: \w+){0,4} (?:ran|hin|dran)?(?:kommt|kommen|gelangt|gelangen)\b|\btote\w* (?:elemente?|aufgaben?|schritte?|knoten|zweige?)\b|\bdead (?:elements?|tasks?|steps?|nodes?|branch\w*)\b|\bin der luft\b|\bkein (?:weg|pfad)\b(?: \w+){0,2} fuhrt\b|\bno (?:path|way|route)\b(?: \w+){0,3} (?:leads?|goes|gets)\b|\bnot connected\b|\bunconnected\b|\bnot (?:hooked|wired|linked) up\b|\bnicht (?:verbunden|angebunden|angeschlossen)\b|\bunverbunden\b|(?:つながって|繋がって)(?:い)?ない|(?:つながって|繋がって)(?:い)?なかった|どこにも(?:つながら|繋がら)|到達|行き止まり|孤立|辿り着け|たどり着け|たどりつけ|行き着け|辿り着か|たどり着か/,
  waysToEnd: /\btop ?level end\w*|\bend\w* (?:events? )?(?:at|on) (?:the )?top level\b|\boberste\w* ebene\b|\b(?:weisen?|arten|moglichkeiten)\b(?: \w+){0,5} (?:enden|endet|beendet|beenden)\b|トップレベル|\b(?:ways?|how)\b(?: \S+){0,5} (?:end|ends|ending|ended|finish|finishes|finished|terminate|terminated|complete|completed|closed|wrapped up)\b|\bwie\b(?: \w+){0,4} (?:enden|endet|aufhoren|abgeschlossen)\b|\bways? (?:it|this|the process|to) (?:can )?end\b|\bhow (?:can|does|do|could|might) (?:it|this|the process|the diagram|the flow|my process) (?:\w+ )?(?:end|finish|terminate|complete)\b|\bend states?\b|\boutcomes?\b|\bpossible ends?\b|\bhow many ways\b.*\bend\b|\bwhere (?:can|does) (?:it|the process) end\b|\bending\w*\b|\bwie (?:kann|endet|konnen)\b.*\bend\w*\b|\bmogliche\w* (?:enden|ausgange|ergebnisse|endzustande)\b|\bwelche enden\b|\bendzustande?\b|\bausgange\b|どんな結果|結果で終わ|どのように終わ|どう終わ|終わり方|終了パターン|終わる方法|終わり得る|どこで終わ|終了の仕方|結末/,
  without: /ずに|ないで|ないまま|を飛ばし|飛ばして|を省略|スキップ|なしに|\bwithout\b|\bskip\w*\b|\bbypass\w*|\bavoid\w*|\bnot going through\b|\bohne\b|\bumgeh\w*|\bauslass\w*|\buberspr\w*|を通らず|を経由せず|しないで|せずに|なしで/,
  paths: /\b(?:mogliche\w* )?ablaufe\b|\bablaufvariant\w*|\bways? (?:\w+ ){0,4}(?:go|goes|run|runs|flow|flows|pass|passes|move|moves|get|gets) through\b|\bdifferent ways\b|\bvariants?\b|\bpaths?\b|\broutes?\b|\bscenarios?\b|\bstart to (?:the )?end\b|\bways? through\b|\bpossible (?:sequences|flows|runs)\b|\bpfade?\b|\bwege\b|\bweg\b(?! *$)|\b(?:der|den|dem|einen?|welche[nrms]?|anderen?|kurzesten?|ganzen?|gleichen?|diesen?|keinen?) weg\b|\bdurchlauf\w*|\bablaufvarianten?\b|\bszenarien\b|経路|何通り|パス|ルート|シナリオ|道筋/,
  loops: /\bcircles?\b|\bover and over\b|\bagain and again\b|\bimmer wieder\b|ぐるぐる|\bin circles\b|\bgo(?:es)? round\b|\bim kreis\b|堂々巡り|\bredo\w*|\bstart over\b|\bdo (?:it |this |that )?again\b|\bneu (?:machen|erstellen|beginnen)\b|やり直|再提出|\bhow often\b|\bhow many times\b|\bwie oft\b|何回|何度|\bbounc\w* back\b|\bkick\w* back\b|\b(?:sent|go|goes|going|come|comes|passed|handed|returned) back to\b|\bmore than once\b|\bmultiple times\b|\brepeatedly\b|\btwice\b|\bseveral times\b|\bmehrmals\b|\bmehrfach\b|\bofter als einmal\b|何度も|何回も|\bloops?\b|\bcycles?\b|\bcyclic\b|\brepeat\w*|\brework\b|\biterat\w*|\bloop back\b|\bschleifen?\b|\bwiederhol\w*|\bzuruck(?!(?:zieh|gezogen|zahl|gezahlt|nehm|nimm|genommen|tret|getreten|uberweis|gib|geb|gegeben|halt|behalt|sende|gesendet|schick|geschickt)\w*)\w*|\bzyklus\b|\bzyklen\b|\bkreislauf\w*|ループ|繰り返|戻る|差し戻|循環|\bgo(?:es)? back\b(?! and forth)/,
  messages: /\bmessages?\b|\bmessage flows?\b|\bcommunicat\w*|\btalk\w* to\b|\bsends? to\b|\bexchang\w*|\bnachrichten?\b|\bnachrichten(?:austausch|verkehr)\b|\baustausch\w*|\bkommuni\w*|\bausgetausch\w*|メッセージ|やり取り|やりとり|通信/,
  /** Both ways between parties ("send each other", "back and forth", "gegenseitig", "hin und her", "お互いに"). */
  mutual: /\beach other\b|\bone another\b|\bback and forth\b|\bto and fro\b|\bboth ways\b|\bin both directions\b|\bgegenseitig\w*|\bwechselseitig\w*|\beinander\b|\bhin und her\b|\bin beide richtungen\b|お互い|互いに|相互/,
  /** Receiving something (a message flow's target, when the diagram has message flows). */
  receive: /\bwhere (?:does|do|is|are|will)\b(?! (?:the )?(?:flow|process|path|sequence|token|it|that|this|work)\b)(?: \w+){1,6} (?:go|goes|sent|end up|delivered)\b|\bsent to\b|\bwho (?:gets|will get)\b|\bwohin\b|\ban wen\b|どこに|宛先|送り先|誰が受け取|\breceiv\w*|\bgets? (?:the|a|an)\b|\bbekomm\w*|\berhalt\w*|\bempfang\w*|\bgeht an\b|\bgo(?:es)? to whom\b|受け取|受信|届[かきくけい]|どこへ|誰に/,
  who: /\bwho\b|\bwhos\b|\bwho s\b|だれ|\brespons[ai]b\w*|\bwhich (?:lane|role|team|department)\b|\bwhat (?:lane|role|team|department)\b|\bresponsib\w*|\bin which lane\b|\bowner\b|\bwer\b|\bwelche\w* (?:lane|rolle|abteilung|bahn)\b|\bzustandig\w*|\bverantwortlich\w*|\bin welcher lane\b|誰|担当|どのレーン|どの部署|どの部門|どこの(?:部署|部門|チーム|レーン)|どのチーム|どこが/,
  lanes: /\blanes?\b|\bswim ?lanes?\b|\broles?\b|\bbahnen\b|\brollen\b|\bzustandigkeitsbereich\w*|\bverantwortungsbereich\w*|\bareas? of responsibility\b|レーン|役割|担当範囲/,
  pools: /\binvolved\b|\bbeteiligt\w*|関わ|関係者|\bpools?\b|\bparticipants?\b|\bparties\b|\borgani[sz]ations?\b|\bteilnehmer\w*|\bbeteiligte\w*|\bpartei\w*|プール|参加者|登場人物/,
  gateways: /\bgateways?\b|\bzweige?\b|\bzweigen\b|\bdecisions?\b|\bsplits?\b|\bjoins?\b|\bbranch\w*|\bconditions?\b|\bmismatch\w*|\bentscheidung\w*|\bverzweig\w*|\bbedingung\w*|\bgateway\w*|分岐|条件|ゲートウェイ|合流/,
  after: /\bfurther down\b|\bpicks? up (?:again|from)\b|\bresumes?\b|\bangestossen\b|\bnach sich\b|(?<!\bwer )\blost\b(?: \S+){0,6} aus\b|(?<!\bwer )\bauslos\w*|\bdown the line\b|\bset(?:s)? off\b|(?<!\blook |\blooks |\blooking |\blooked |\btake |\btakes )\bafter\b|\bonce\b|\bas soon as\b|\bwhat happens when\b|\bsobald\b|\bnext\b|\bfollow\w*|\bthen\b|\bsubsequent\w*|\bdownstream\b|\bnach\b(?= \S)|\bnachdem\b|\bdanach\b|\bwhat now\b|\bund jetzt\b|\bwas jetzt\b|\bfolgt\b|\bfolgen\b|\bnachste\w*|\banschliessend\b|\bim anschluss\b|\bdarauf\b|の後|のあと|次に|次は|の次|後に|後は|その後|以降|た後|だ後|たあと|だあと|あとは|あとに/,
  before: /\bfeeds? into\b|\bby the time\b|\balready\b(?: \w+){0,2} (?:run|ran|happened|been done|done|finished|completed)\b|\bleads? up to\b|\blead(?:s|ing)? up to\b|\bleads? into\b|\bcomes? from\b|\bland there\b|\bget there\b|\bwoher\b|\bbefore\b|\bprecede\w*|\bprior to\b|\bleads? to\b|\bupstream\b|\bleading (?:up )?to\b|\bcomes? before\b|\bvor\b(?= \S)(?! ort\b)|\bbevor\b|\bdavor\b|\bvorher\b|\bvorausgeh\w*|\bvorangeh\w*|\bfuhrt (?:alles |denn |eigentlich )?zu[rm]?\b|\bland(?:et|en) (?:man |wir )?(?:bei|in|an|zu)\b|\bvon welche\w* (?:schritte\w*|aufgabe\w*|stelle\w*) aus\b|の前|前に|前は|のまえ|まえに|まえは|以前|手前|までに|どこから(?:来|く|き|到達|入)|から来る|から来ます|\bwann\b|いつ/,
  transitive: /\b(?:can|could|may|might) (?:still |then |later )?(?:happen|follow)\b|\bnoch (?:alles )?(?:passieren|folgen)\b|行われる可能性|起こる可能性|\b(?:work|steps?|tasks?|things?|what) (?:is |are |s )?(?:still )?left\b|\bleft to do\b|\bnoch (?:alles )?zu tun\b|残っている(?:作業|仕事|タスク)|\bfurther down\b|\balle noch\b|\bnoch alle\b|\bdownstream\b|\bupstream\b|\bevery (?:step|task|activity|element)\b|\bangestossen\b|\bnach sich\b|(?<!\bwer )\blost\b(?: \S+){0,6} aus\b|(?<!\bwer )\bauslos\w*|\ball the way\b|\b(?:up )?to the (?:very )?end\b|\bbis zum (?:ende|schluss)\b|最後まで|\bdown the line\b|\bset(?:s)? off\b|\bevery way\b|\ball (?:the )?ways\b|\beverything\b|\ball (?:the )?(?:steps|elements|tasks|things)\b|\beventually\b|\bat (?:some|any) (?:point|time|stage)\b|\blater on\b|\bever\b|\birgendwann\b|\bspater\w*|\btransitiv\w*|\balles\b|\balle schritte\b|すべて|全て|全部|最終的|いずれ/,
  whatIf: /^(?:and |but |so |und |aber )?(?:when|if|wenn|falls)\b|^(?:and|but|ok and) (?:for|with|in case of)\b|^(?:und|aber|und was) bei\b|^(?:und |aber )?(?:bei|im fall)\b|\bhappens? if\b|\bwhat happens (?:to|with)\b|\b(?:what|waht|wat|wht|whta)\b(?: \w+){0,3} if\b|\bsuppos\w*|\bassuming\b|\bin the event\b|\bthen what\b|\bwhat then\b|\bangenommen\b|\bwas dann\b|\bund dann\b|すると|したら|すれば|ければ|\bwhat (?:happens|about) (?:for|with|on|in case of)\b|\bwhat about\b|\bwhat (?:happens|happend|will happen|occurs|comes next) (?:if|when|in case)\b|\bwhat if\b|\bwhat (?:do|does|should|would|will|can|must) (?:we|you|i|they|one|the \w+) do (?:when|if|once|in case)\b|\bif (?:the|a|an|it|they|we|i|my)\b|\bin case\b|\bwhen (?:the|a|an|it|they)\b.*\b(?:what|then)\b|\bwas passiert\w*,? (?:wenn|falls|bei)\b|\bwenn\b|\bfalls\b|\bim falle?\b|場合|なら|たら|だったら|とき|時は/,
  describe: /\bwas hat es mit\b|\bwhat s the deal with\b|\bwhat is the deal with\b|\btell me about\b|\bwhat is\b|\bwhat s\b|\bwhats\b|\bdescribe\b|\bdetails?\b|\bwhat (?:type|kind)\b|\bexplain\b|\binfo\w*\b|\bwhat does\b|\berzahl\w*|\bbeschreib\w*|\bwas ist\b|\bwas macht\b|\berklar\w*|\binformation\w*|について|とは|詳細|詳しく|どんな/,
  find: /\bis there\b|\bare there\b|\bdo (?:we|i|you) have\b|\bwhere is\b|\bwhere s\b|\bfind\b|\bsearch\b|\blook up\b|\bexist\w*\b|\bcontain\w*\b|\bgibt es\b|\bwo ist\b|\bwo liegt\b|\bsuche?\b|\bfinde\w*\b|\benthalt\w*|ありますか|あるか|ある\?|どこ|探して|存在/,
  image: /\bimages?\b|\bpictures?\b|\bscreenshots?\b|\bscreen shots?\b|\bphotos?\b|\battached (?:file|image|picture|png)\b|\bpng\b|\bbild\w*\b|\bfoto\w*\b|\bangehangt\w*\b|画像|スクリーンショット|スクショ|写真/,
  /** Words of absence ("without", "kein", "nie"); negation below is built on them. */
  lack: LACK,
  negation: new RegExp(`${LACK.source}|${/足りな(?:い|かっ|く)|\b(?:un|in|non)(?:complete|available|valid|correct|clear|known|paid|approved|confirmed|successful|eligible|possible|solved|resolved)\w*|\bunvollstandig\w*|なかっ|\bdidn t\b|\bwasn t\b|\bunable\b|\bisnt\b|\bdoesn t\b|\bdont\b|\b(?:doesnt|didnt|wasnt|cant|wont|arent|couldnt|hasnt|havent|werent)\b|\bdon t\b|\bfails?\b|\bfailed\b|\binvalid\b|\bunavailable\b|\bout of stock\b|\breject\w*|\bden(?:y|ies|ied)\b|\bdeclin\w*|\brefus\w*|\bturn\w* (?:\w+ ){0,3}down\b|\bablehn\w*|\blehnt\b.*\bab\b|\bverweiger\w*|\bscheiter\w*|\bfehlschl\w*|却下|拒否|断ら|断っ|断る|\bnichts\b|\bnothing\b|\bnein\b|\babgelehnt\w*\b|\bungultig\w*\b|ない|なかっ|なけれ|せず|ません|いいえ|なし|無い|不可|ではない|じゃない|不合格|不適合|不承認|未承認|不成立|未完了|未達|不能/.source}`),
  /** Verbs of sending, active or passive ("send", "goes out", "is issued", "verschickt", "gibt … an", "送る", "発行"). */
  send: /\b(?:send\w*|sent|schick\w*|verschick\w*|versend\w*|versandt|gesendet|geschickt|rausgeschickt|ubermittel\w*|ubergib\w*|gibt(?! es\b)|give|gives|pass(?:es|ed|ing)?|forward\w*|go(?:es)? out|went out|gone out|issued|dispatched|leaves|mailed|posted|rausgeh\w*|ausgestellt|zugestellt)\b|送|渡|発送|発行/,
};

/** Labels of element families in each language (singular, plural). */
const FAMILY: Record<string, { de: [string, string]; ja: string }> = {
  element: { de: ['Element', 'Elemente'], ja: '要素' },
  task: { de: ['Aufgabe', 'Aufgaben'], ja: 'タスク' },
  activity: { de: ['Aktivität', 'Aktivitäten'], ja: 'アクティビティ' },
  gateway: { de: ['Gateway', 'Gateways'], ja: 'ゲートウェイ' },
  event: { de: ['Ereignis', 'Ereignisse'], ja: 'イベント' },
  'sub-process': { de: ['Teilprozess', 'Teilprozesse'], ja: 'サブプロセス' },
  'event sub-process': { de: ['Ereignis-Teilprozess', 'Ereignis-Teilprozesse'], ja: 'イベントサブプロセス' },
  'sequence flow': { de: ['Sequenzfluss', 'Sequenzflüsse'], ja: 'シーケンスフロー' },
  'message flow': { de: ['Nachrichtenfluss', 'Nachrichtenflüsse'], ja: 'メッセージフロー' },
  lane: { de: ['Lane', 'Lanes'], ja: 'レーン' },
  pool: { de: ['Pool', 'Pools'], ja: 'プール' },
  'intermediate event': { de: ['Zwischenereignis', 'Zwischenereignisse'], ja: '中間イベント' },
  'user task': { de: ['Benutzeraufgabe', 'Benutzeraufgaben'], ja: 'ユーザータスク' },
  'service task': { de: ['Serviceaufgabe', 'Serviceaufgaben'], ja: 'サービスタスク' },
  'automated task': { de: ['automatisierte Aufgabe', 'automatisierte Aufgaben'], ja: '自動タスク' },
  'human task': { de: ['Aufgabe für Menschen', 'Aufgaben für Menschen'], ja: '人が行うタスク' },
  'send task': { de: ['Sendeaufgabe', 'Sendeaufgaben'], ja: '送信タスク' },
  'receive task': { de: ['Empfangsaufgabe', 'Empfangsaufgaben'], ja: '受信タスク' },
  'manual task': { de: ['manuelle Aufgabe', 'manuelle Aufgaben'], ja: '手動タスク' },
  'script task': { de: ['Skriptaufgabe', 'Skriptaufgaben'], ja: 'スクリプトタスク' },
  'business rule task': { de: ['Geschäftsregelaufgabe', 'Geschäftsregelaufgaben'], ja: 'ビジネスルールタスク' },
  'exclusive gateway': { de: ['exklusives Gateway', 'exklusive Gateways'], ja: '排他ゲートウェイ' },
  'parallel gateway': { de: ['paralleles Gateway', 'parallele Gateways'], ja: '並列ゲートウェイ' },
  'inclusive gateway': { de: ['inklusives Gateway', 'inklusive Gateways'], ja: '包含ゲートウェイ' },
  'event based gateway': { de: ['ereignisbasiertes Gateway', 'ereignisbasierte Gateways'], ja: 'イベントベースゲートウェイ' },
  'complex gateway': { de: ['komplexes Gateway', 'komplexe Gateways'], ja: '複合ゲートウェイ' },
  'start event': { de: ['Startereignis', 'Startereignisse'], ja: '開始イベント' },
  'end event': { de: ['Endereignis', 'Endereignisse'], ja: '終了イベント' },
  'boundary event': { de: ['Randereignis', 'Randereignisse'], ja: '境界イベント' },
  'intermediate catch event': { de: ['eintretendes Zwischenereignis', 'eintretende Zwischenereignisse'], ja: '中間キャッチイベント' },
  'intermediate throw event': { de: ['auslösendes Zwischenereignis', 'auslösende Zwischenereignisse'], ja: '中間スローイベント' },
  'call activity': { de: ['Aufrufaktivität', 'Aufrufaktivitäten'], ja: '呼び出しアクティビティ' },
  transaction: { de: ['Transaktion', 'Transaktionen'], ja: 'トランザクション' },
  'ad hoc sub process': { de: ['Ad-hoc-Teilprozess', 'Ad-hoc-Teilprozesse'], ja: 'アドホックサブプロセス' },
  'timer event': { de: ['Timer-Ereignis', 'Timer-Ereignisse'], ja: 'タイマーイベント' },
  'message event': { de: ['Nachrichtenereignis', 'Nachrichtenereignisse'], ja: 'メッセージイベント' },
  'error event': { de: ['Fehlerereignis', 'Fehlerereignisse'], ja: 'エラーイベント' },
  'escalation event': { de: ['Eskalationsereignis', 'Eskalationsereignisse'], ja: 'エスカレーションイベント' },
  'compensate event': { de: ['Kompensationsereignis', 'Kompensationsereignisse'], ja: '補償イベント' },
  'signal event': { de: ['Signalereignis', 'Signalereignisse'], ja: 'シグナルイベント' },
  'link event': { de: ['Link-Ereignis', 'Link-Ereignisse'], ja: 'リンクイベント' },
};

const FAMILY_BY_KEY = new Map(Object.entries(FAMILY).map(([k, v]) => [k.replace(/-/g, ' '), v]));
const familyOf = (label: string) => FAMILY_BY_KEY.get(label.replace(/-/g, ' '));

/** "user task" → "user tasks" / "Benutzeraufgaben" / "ユーザータスク" with the count. */
export function countLabel(lang: Lang, n: number, label: string, plural?: string): string {
  const f = familyOf(label);
  if (lang === 'de') return `${n} ${f ? f.de[n === 1 ? 0 : 1] : label}`;
  if (lang === 'ja') return `${f?.ja ?? label} ${n}個`;
  return `${n} ${n === 1 ? label : (plural ?? (/[^aeiou]y$/.test(label) ? `${label.slice(0, -1)}ies` : label.endsWith('s') ? `${label}es` : `${label}s`))}`;
}

/** Type label in the language, singular: "exclusive gateway" / "exklusives Gateway" / "排他ゲートウェイ". */
export function typeName(lang: Lang, label: string): string {
  const f = familyOf(label);
  if (lang === 'de') return f?.de[0] ?? label;
  if (lang === 'ja') return f?.ja ?? label;
  return label;
}

type Gender = 'm' | 'f' | 'n';
/** The gender of a German type noun by its ending (Ereignis, Gateway, Element are neuter). */
const DE_GENDER: [RegExp, Gender][] = [[/(?:aufgabe|aktivitat|aktivität|transaktion|lane|bahn|nachricht)$/i, 'f'], [/(?:prozess|fluss|pool)$/i, 'm']];
const DE_ARTICLES = {
  der: { m: 'der', f: 'die', n: 'das', pl: 'die' },
  dieser: { m: 'dieser', f: 'diese', n: 'dieses', pl: 'diese' },
  ein: { m: 'ein', f: 'eine', n: 'ein', pl: '' },
  kein: { m: 'kein', f: 'keine', n: 'kein', pl: 'keine' },
} as const;
const STRONG = { m: 'er', f: 'e', n: 'es' } as const;

/**
 * A German type label (typeName's) with its article in the nominative and its adjective declined after it:
 * "dieses ereignisbasierte Gateway" and "das …" (weak after der/dieser), "ein ereignisbasiertes Gateway" and "kein …"
 * (mixed after ein/kein), "eine manuelle Aufgabe", "die parallelen Gateways". The article takes the noun's gender.
 */
export function deArticled(label: string, det: keyof typeof DE_ARTICLES, plural = false): string {
  const words = label.split(' ');
  const noun = words[words.length - 1]!;
  const g: Gender = DE_GENDER.find(([re]) => re.test(noun))?.[1] ?? 'n';
  const article = DE_ARTICLES[det][plural ? 'pl' : g];
  const weak = !!article && (plural || det === 'der' || det === 'dieser');
  const ending = plural ? (weak ? 'en' : 'e') : weak ? 'e' : STRONG[g];
  // Adjectives are the lower-case words before the noun ("manuelle", "eintretendes"), stored with a strong ending.
  const adjectives = words.slice(0, -1).map((w) => (/^[a-zäöü]/.test(w) ? w.replace(/(?:es|er|en|e)$/, '') + ending : w));
  return [article, ...adjectives, noun].filter(Boolean).join(' ');
}
