// bpmnlint on the server with its "recommended" rules. The resolver is built by hand from static imports
// (no dynamic require), so it works the same under Node, Vitest and the Next.js server bundle.
import { Linter } from 'bpmnlint';
import recommended from 'bpmnlint/config/recommended';
import adHocSubProcess from 'bpmnlint/rules/ad-hoc-sub-process';
import conditionalFlows from 'bpmnlint/rules/conditional-flows';
import endEventRequired from 'bpmnlint/rules/end-event-required';
import eventBasedGateway from 'bpmnlint/rules/event-based-gateway';
import eventSubProcessTypedStartEvent from 'bpmnlint/rules/event-sub-process-typed-start-event';
import fakeJoin from 'bpmnlint/rules/fake-join';
import global from 'bpmnlint/rules/global';
import labelRequired from 'bpmnlint/rules/label-required';
import linkEvent from 'bpmnlint/rules/link-event';
import noBpmndi from 'bpmnlint/rules/no-bpmndi';
import noComplexGateway from 'bpmnlint/rules/no-complex-gateway';
import noDisconnected from 'bpmnlint/rules/no-disconnected';
import noDuplicateSequenceFlows from 'bpmnlint/rules/no-duplicate-sequence-flows';
import noGatewayJoinFork from 'bpmnlint/rules/no-gateway-join-fork';
import noImplicitEnd from 'bpmnlint/rules/no-implicit-end';
import noImplicitSplit from 'bpmnlint/rules/no-implicit-split';
import noImplicitStart from 'bpmnlint/rules/no-implicit-start';
import noInclusiveGateway from 'bpmnlint/rules/no-inclusive-gateway';
import noOverlappingElements from 'bpmnlint/rules/no-overlapping-elements';
import singleBlankStartEvent from 'bpmnlint/rules/single-blank-start-event';
import singleEventDefinition from 'bpmnlint/rules/single-event-definition';
import startEventRequired from 'bpmnlint/rules/start-event-required';
import subProcessBlankStartEvent from 'bpmnlint/rules/sub-process-blank-start-event';
import superfluousGateway from 'bpmnlint/rules/superfluous-gateway';
import superfluousLabel from 'bpmnlint/rules/superfluous-label';
import superfluousTermination from 'bpmnlint/rules/superfluous-termination';
import type { ModdleElement } from './parse';

const RULES: Record<string, unknown> = {
  'ad-hoc-sub-process': adHocSubProcess,
  'conditional-flows': conditionalFlows,
  'end-event-required': endEventRequired,
  'event-based-gateway': eventBasedGateway,
  'event-sub-process-typed-start-event': eventSubProcessTypedStartEvent,
  'fake-join': fakeJoin,
  global,
  'label-required': labelRequired,
  'link-event': linkEvent,
  'no-bpmndi': noBpmndi,
  'no-complex-gateway': noComplexGateway,
  'no-disconnected': noDisconnected,
  'no-duplicate-sequence-flows': noDuplicateSequenceFlows,
  'no-gateway-join-fork': noGatewayJoinFork,
  'no-implicit-end': noImplicitEnd,
  'no-implicit-split': noImplicitSplit,
  'no-implicit-start': noImplicitStart,
  'no-inclusive-gateway': noInclusiveGateway,
  'no-overlapping-elements': noOverlappingElements,
  'single-blank-start-event': singleBlankStartEvent,
  'single-event-definition': singleEventDefinition,
  'start-event-required': startEventRequired,
  'sub-process-blank-start-event': subProcessBlankStartEvent,
  'superfluous-gateway': superfluousGateway,
  'superfluous-label': superfluousLabel,
  'superfluous-termination': superfluousTermination,
};

/** One line per rule: what to do about it. */
export const LINT_FIXES: Record<string, string> = {
  'ad-hoc-sub-process': 'Remove start and end events from the ad-hoc sub-process; its activities run without them.',
  'conditional-flows': 'Add a condition to this flow, or make it the gateway\'s default flow.',
  'end-event-required': 'Add an end event so the process (or sub-process) finishes explicitly.',
  'event-based-gateway': 'Give the event-based gateway at least two outgoing flows, each to a catch event, with no conditions.',
  'event-sub-process-typed-start-event': 'Give the event sub-process\'s start event a trigger (message, timer, error, …).',
  'fake-join': 'Join the incoming flows with a gateway before this element instead of connecting them directly.',
  global: 'Name the global element, make the name unique, or delete it if nothing uses it.',
  'label-required': 'Give this element a short name that says what happens (verb + object for tasks, a question for gateways).',
  'link-event': 'Pair each link throw event with a catch event of the same link name in the same scope.',
  'no-bpmndi': 'Redraw the element (or re-import the diagram) so it has layout information.',
  'no-complex-gateway': 'Replace the complex gateway with exclusive/parallel gateways whose behaviour is explicit.',
  'no-disconnected': 'Connect the element with incoming and outgoing sequence flows, or delete it.',
  'no-duplicate-sequence-flows': 'Delete the duplicate sequence flow between the same two elements.',
  'no-gateway-join-fork': 'Split this gateway into two: one that joins and one that forks.',
  'no-implicit-end': 'Connect the element to an end event so the path finishes explicitly.',
  'no-implicit-split': 'Put a gateway after the element to split the flow, instead of several outgoing flows.',
  'no-implicit-start': 'Start the path with a start event, or connect the element to an incoming flow.',
  'no-inclusive-gateway': 'Consider exclusive or parallel gateways; inclusive gateways are hard to read and execute.',
  'no-overlapping-elements': 'Move the element so it does not overlap others and stays inside its parent.',
  'single-blank-start-event': 'Keep one blank start event per process; give the others a trigger or remove them.',
  'single-event-definition': 'Give the event exactly one event definition; split it into several events if needed.',
  'start-event-required': 'Add a start event so it is clear where the process (or sub-process) begins.',
  'sub-process-blank-start-event': 'Use a blank start event inside the sub-process (remove its trigger).',
  'superfluous-gateway': 'Remove the gateway: with one incoming and one outgoing flow it does nothing.',
  'superfluous-label': 'Remove the label from this flow; only flows leaving a decision need one.',
  'superfluous-termination': 'Use a plain end event; nothing else is running that a terminate event would stop.',
};

/** The offline analyst answers in the question's language: what each rule found and its usual fix, in German and
 *  Japanese (English answers quote bpmnlint's own message and LINT_FIXES). */
export type LintLang = 'en' | 'de' | 'ja';
export const LINT_TEXT: Record<string, { de: [problem: string, fix: string]; ja: [problem: string, fix: string] }> = {
  'ad-hoc-sub-process': { de: ['Ein Ad-hoc-Unterprozess enthält Start- oder Endereignisse', 'Start- und Endereignisse aus dem Ad-hoc-Unterprozess entfernen; seine Aktivitäten laufen ohne sie.'], ja: ['アドホックサブプロセスに開始・終了イベントがあります', 'アドホックサブプロセスから開始・終了イベントを削除してください（アクティビティはそれなしで実行されます）。'] },
  'conditional-flows': { de: ['Dem Sequenzfluss fehlt eine Bedingung', 'Dem Fluss eine Bedingung geben oder ihn zum Standardfluss des Gateways machen.'], ja: ['シーケンスフローに条件がありません', 'このフローに条件を付けるか、ゲートウェイのデフォルトフローにしてください。'] },
  'end-event-required': { de: ['Es fehlt ein Endereignis', 'Ein Endereignis hinzufügen, damit der Prozess (oder Unterprozess) ausdrücklich endet.'], ja: ['終了イベントがありません', '終了イベントを追加して、プロセス（またはサブプロセス）の終わりを明示してください。'] },
  'event-based-gateway': { de: ['Das ereignisbasierte Gateway ist falsch verbunden', 'Dem ereignisbasierten Gateway mindestens zwei ausgehende Flüsse zu Zwischenereignissen geben, ohne Bedingungen.'], ja: ['イベントベースゲートウェイのつなぎ方が正しくありません', 'イベントベースゲートウェイには条件なしで2本以上の出力フローを付け、それぞれ中間キャッチイベントにつないでください。'] },
  'event-sub-process-typed-start-event': { de: ['Das Startereignis des Ereignis-Unterprozesses hat keinen Auslöser', 'Dem Startereignis des Ereignis-Unterprozesses einen Auslöser geben (Nachricht, Timer, Fehler …).'], ja: ['イベントサブプロセスの開始イベントにトリガーがありません', 'イベントサブプロセスの開始イベントにトリガー（メッセージ、タイマー、エラーなど）を設定してください。'] },
  'fake-join': { de: ['Mehrere Flüsse laufen ohne Gateway zusammen', 'Die eingehenden Flüsse vor dem Element mit einem Gateway zusammenführen.'], ja: ['ゲートウェイなしで複数のフローが合流しています', 'この要素の前でゲートウェイを使って入力フローを合流させてください。'] },
  global: { de: ['Ein globales Element ist unbenannt, doppelt benannt oder unbenutzt', 'Das globale Element benennen, den Namen eindeutig machen oder es löschen, wenn es nicht gebraucht wird.'], ja: ['グローバル要素に名前がないか、名前が重複しているか、使われていません', 'グローバル要素に一意の名前を付けるか、使われていなければ削除してください。'] },
  'label-required': { de: ['Dem Element fehlt ein Name', 'Dem Element einen kurzen Namen geben, der sagt, was geschieht (Verb + Objekt für Aufgaben, eine Frage für Gateways).'], ja: ['要素に名前がありません', '何をするかが分かる短い名前を付けてください（タスクは「対象＋動詞」、ゲートウェイは問いの形）。'] },
  'link-event': { de: ['Ein Link-Ereignis hat kein Gegenstück', 'Zu jedem auslösenden Link-Ereignis ein eintretendes mit demselben Link-Namen im selben Bereich anlegen.'], ja: ['リンクイベントに対になるイベントがありません', '送信リンクイベントごとに、同じリンク名の受信リンクイベントを同じスコープに置いてください。'] },
  'no-bpmndi': { de: ['Dem Element fehlt die Darstellung (BPMN DI)', 'Das Element neu zeichnen (oder das Diagramm neu importieren), damit es eine Position hat.'], ja: ['要素に図形情報（BPMN DI）がありません', '要素を描き直すか図を再インポートして、配置情報を持たせてください。'] },
  'no-complex-gateway': { de: ['Ein komplexes Gateway wird verwendet', 'Das komplexe Gateway durch exklusive oder parallele Gateways mit klarem Verhalten ersetzen.'], ja: ['複合ゲートウェイが使われています', '複合ゲートウェイを、動きがはっきりした排他・並列ゲートウェイに置き換えてください。'] },
  'no-disconnected': { de: ['Das Element ist mit nichts verbunden', 'Das Element mit ein- und ausgehenden Sequenzflüssen verbinden oder löschen.'], ja: ['要素がどこにもつながっていません', '入力と出力のシーケンスフローでつなぐか、削除してください。'] },
  'no-duplicate-sequence-flows': { de: ['Zwei Sequenzflüsse verbinden dieselben Elemente', 'Den doppelten Sequenzfluss löschen.'], ja: ['同じ2つの要素の間にシーケンスフローが重複しています', '重複したシーケンスフローを削除してください。'] },
  'no-gateway-join-fork': { de: ['Ein Gateway führt zusammen und verzweigt zugleich', 'Das Gateway in zwei teilen: eines zum Zusammenführen, eines zum Verzweigen.'], ja: ['1つのゲートウェイで合流と分岐を同時にしています', '合流用と分岐用の2つのゲートウェイに分けてください。'] },
  'no-implicit-end': { de: ['Der Pfad endet ohne Endereignis (implizites Ende)', 'Das Element mit einem Endereignis verbinden, damit der Pfad ausdrücklich endet.'], ja: ['終了イベントなしで経路が終わっています（暗黙の終了）', '要素を終了イベントにつないで、経路の終わりを明示してください。'] },
  'no-implicit-split': { de: ['Der Fluss verzweigt ohne Gateway (implizite Verzweigung)', 'Nach dem Element ein Gateway setzen, statt mehrere ausgehende Flüsse zu ziehen.'], ja: ['ゲートウェイなしでフローが分岐しています（暗黙の分岐）', '複数の出力フローを直接引かず、要素の後にゲートウェイを置いてください。'] },
  'no-implicit-start': { de: ['Der Pfad beginnt ohne Startereignis (impliziter Start)', 'Den Pfad mit einem Startereignis beginnen oder einen eingehenden Fluss verbinden.'], ja: ['開始イベントなしで経路が始まっています（暗黙の開始）', '経路を開始イベントから始めるか、入力フローをつないでください。'] },
  'no-inclusive-gateway': { de: ['Ein inklusives Gateway wird verwendet', 'Exklusive oder parallele Gateways erwägen; inklusive sind schwer zu lesen und auszuführen.'], ja: ['包含ゲートウェイが使われています', '排他・並列ゲートウェイを検討してください（包含ゲートウェイは読みにくく実行も難しいため）。'] },
  'no-overlapping-elements': { de: ['Das Element überlappt andere oder ragt aus seinem Container', 'Das Element so verschieben, dass es nichts überlappt und in seinem Container bleibt.'], ja: ['要素が他の要素と重なっているか、親からはみ出しています', '重ならず親の中に収まるように要素を移動してください。'] },
  'single-blank-start-event': { de: ['Es gibt mehrere Startereignisse ohne Auslöser', 'Nur ein Startereignis ohne Auslöser behalten; den anderen einen Auslöser geben oder sie entfernen.'], ja: ['トリガーのない開始イベントが複数あります', 'トリガーなしの開始イベントは1つだけにし、他にはトリガーを設定するか削除してください。'] },
  'single-event-definition': { de: ['Das Ereignis hat mehrere Ereignisdefinitionen', 'Dem Ereignis genau eine Ereignisdefinition geben; wenn nötig in mehrere Ereignisse teilen.'], ja: ['イベントに複数のイベント定義があります', 'イベント定義は1つにし、必要なら複数のイベントに分けてください。'] },
  'start-event-required': { de: ['Es fehlt ein Startereignis', 'Ein Startereignis hinzufügen, damit klar ist, wo der Prozess (oder Unterprozess) beginnt.'], ja: ['開始イベントがありません', '開始イベントを追加して、プロセス（またはサブプロセス）の始まりを明示してください。'] },
  'sub-process-blank-start-event': { de: ['Das Startereignis im Unterprozess hat einen Auslöser', 'Im Unterprozess ein Startereignis ohne Auslöser verwenden.'], ja: ['サブプロセス内の開始イベントにトリガーがあります', 'サブプロセス内ではトリガーのない開始イベントを使ってください。'] },
  'superfluous-gateway': { de: ['Das Gateway ist überflüssig (ein Ein- und ein Ausgang)', 'Das Gateway entfernen: Mit einem ein- und einem ausgehenden Fluss tut es nichts.'], ja: ['ゲートウェイが不要です（入力も出力も1本だけ）', 'ゲートウェイを削除してください（入出力が1本ずつでは何もしません）。'] },
  'superfluous-label': { de: ['Der Fluss hat eine überflüssige Beschriftung', 'Die Beschriftung entfernen; nur Flüsse aus einer Entscheidung brauchen eine.'], ja: ['フローに不要なラベルがあります', 'ラベルを削除してください（ラベルが必要なのは判断から出るフローだけです）。'] },
  'superfluous-termination': { de: ['Das Terminierungs-Endereignis ist überflüssig', 'Ein einfaches Endereignis verwenden; es läuft nichts anderes, das beendet werden müsste.'], ja: ['停止終了イベントは不要です', '通常の終了イベントを使ってください（停止させる他の処理がありません）。'] },
};

/** What a finding says, in the answer's language: bpmnlint's message in English, the rule's wording otherwise. */
export function lintProblem(f: Pick<LintFinding, 'rule' | 'message'>, lang: LintLang): string {
  return lang === 'en' ? f.message : (LINT_TEXT[f.rule]?.[lang][0] ?? f.message);
}

export type LintFinding = {
  rule: string;
  category: 'error' | 'warn' | 'info';
  elementId: string | null;
  elementName: string | null;
  message: string;
  fix: string;
};

const resolver = {
  resolveRule: (pkg: string, name: string) => (pkg === 'bpmnlint' ? RULES[name] : undefined),
  resolveConfig: (pkg: string, name: string) => (pkg === 'bpmnlint' && name === 'recommended' ? recommended : undefined),
};

export async function lintDefinitions(definitions: ModdleElement): Promise<LintFinding[]> {
  const linter = new Linter({ resolver, config: { extends: 'bpmnlint:recommended' } });
  const names = new Map<string, string | null>();
  indexNames(definitions, names, new Set());
  const reports = await linter.lint(definitions);
  const out: LintFinding[] = [];
  for (const [rule, list] of Object.entries(reports)) {
    for (const r of list) {
      if (r.category === 'rule-error') continue;
      const elementId = r.id ?? null;
      out.push({
        rule,
        category: r.category === 'warn' ? 'warn' : r.category === 'info' ? 'info' : 'error',
        elementId,
        elementName: elementId ? (names.get(elementId) ?? null) : null,
        message: r.message,
        fix: LINT_FIXES[rule] ?? 'See the bpmnlint documentation for this rule.',
      });
    }
  }
  // Errors first, then by element, for stable output.
  return out.sort((a, b) => (a.category === b.category ? 0 : a.category === 'error' ? -1 : 1) || (a.elementId ?? '').localeCompare(b.elementId ?? ''));
}

function indexNames(el: ModdleElement, names: Map<string, string | null>, seen: Set<unknown>) {
  if (!el || typeof el !== 'object' || seen.has(el)) return;
  seen.add(el);
  if (typeof el.id === 'string') names.set(el.id, typeof el.name === 'string' && el.name.trim() ? el.name.trim() : null);
  for (const key of ['rootElements', 'flowElements', 'participants', 'messageFlows', 'laneSets', 'lanes', 'artifacts']) {
    const v = el[key];
    if (Array.isArray(v)) for (const c of v) indexNames(c, names, seen);
  }
  if (el.childLaneSet) indexNames(el.childLaneSet, names, seen);
}
