package org.nftoffload.ui.internal.dialogs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.nftoffload.fleet.edit.BulkChanges;
import org.nftoffload.fleet.edit.CurrentValues;
import org.nftoffload.fleet.edit.ModelTexts;
import org.nftoffload.fleet.profiles.ProfileField;
import org.nftoffload.model.OffloadMode;

/**
 * Edit Selected...: one set of values for many hosts (or flowtables) at once. Each field has a tick
 * box: only ticked fields change, everything else stays as each host has it. Typing in a field or
 * choosing a value ticks it. Beside each field is what the selection has now, with how many have
 * each value ("software (180), hardware (20)") where they differ. Input is checked as it is typed;
 * the message area names the field and what to give, and OK waits until every ticked field is fine.
 * The dialog only collects {@link BulkChanges}: the handler turns them into one command.
 */
public final class EditSelectedDialog extends TitleAreaDialog {

	static final String TEST_ID = "org.nftoffload.test.id";
	/** Values listed beside a field before "and N more". */
	static final int SHOWN_VALUES = 4;

	private final String title;
	private final CurrentValues now;
	private final boolean hosts;
	private final List<Row> rows = new ArrayList<>();
	private BulkChanges result;

	/**
	 * @param title what is edited, e.g. "200 hosts" or "3 flowtables"
	 * @param hosts true for hosts (every field), false for flowtables (priority, mode, counter)
	 */
	public EditSelectedDialog(Shell parent, String title, CurrentValues now, boolean hosts) {
		super(parent);
		this.title = title;
		this.now = now;
		this.hosts = hosts;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Edit Selected");
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Edit " + title);
		Composite form = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		GridLayoutFactory.swtDefaults().margins(10, 6).applyTo(form);

		String flowtables = hosts ? "Flowtables (" + ModelTexts.count(now.flowtableCount(), "flowtable", "flowtables")
				+ " of these hosts)" : "Flowtables";
		Composite ft = section(form, flowtables);
		boolean noFlowtables = now.flowtableCount() == 0;
		rows.add(new Choice<>(ft, "offloadMode", "Offload &mode:", List.of(OffloadMode.NONE, OffloadMode.SOFTWARE,
				OffloadMode.HARDWARE), OffloadMode::getLiteral, now.of(ProfileField.OFFLOAD_MODE),
				(changes, mode) -> changes.offloadMode(mode)));
		rows.add(new Choice<>(ft, "counter", "Coun&ter:", List.of(Boolean.TRUE, Boolean.FALSE), b -> b ? "on" : "off",
				now.of(ProfileField.COUNTER), (changes, on) -> changes.counter(on)));
		rows.add(new Typed(ft, "priority", "P&riority:", now.of(ProfileField.PRIORITY), "mixed", (changes, text) -> changes
				.priority(whole("Priority", text, BulkChanges.MIN_PRIORITY, BulkChanges.MAX_PRIORITY, "0 is filter"))));
		if (noFlowtables) {
			rows.forEach(row -> row.disable("these hosts have no flowtables"));
		}
		if (hosts) {
			Composite sysctls = section(form, "Sysctls (empty: leave each host's value)");
			rows.add(new Typed(sysctls, "tcpTimeout", "T&CP flow timeout (s):", now.of(ProfileField.TCP_TIMEOUT), "mixed",
					(changes, text) -> changes.timeout(ProfileField.TCP_TIMEOUT, timeout("TCP flow timeout", text))));
			rows.add(new Typed(sysctls, "udpTimeout", "&UDP flow timeout (s):", now.of(ProfileField.UDP_TIMEOUT), "mixed",
					(changes, text) -> changes.timeout(ProfileField.UDP_TIMEOUT, timeout("UDP flow timeout", text))));
			rows.add(new Choice<>(sysctls, "conntrackAcct", "Conntrack &accounting:",
					Arrays.asList(Boolean.TRUE, Boolean.FALSE, null), b -> b == null ? "leave each host's" : b ? "on" : "off",
					now.of(ProfileField.CONNTRACK_ACCT), (changes, on) -> changes.conntrackAccounting(on)));

			Composite ssh = section(form, "SSH");
			rows.add(new Typed(ssh, "user", "SSH us&er:", now.users(), "mixed", (changes, text) -> changes.user(text.trim())));
			rows.add(new Typed(ssh, "port", "SSH &port:", now.ports(), "mixed",
					(changes, text) -> changes.port(whole("SSH port", text, 1, 65535, ""))));

			Composite tags = section(form, "Tags (comma-separated)");
			String tagsNow = tags(now);
			rows.add(new Typed(tags, "addTags", "Add ta&gs:", Map.of(), "e.g. lab, edge", tagsNow,
					(changes, text) -> changes.addTags(words(text))));
			rows.add(new Typed(tags, "removeTags", "Remo&ve tags:", Map.of(), "e.g. old", tagsNow,
					(changes, text) -> changes.removeTags(words(text))));
		}
		// the fields of all sections in one column, as if they were one form
		int boxes = rows.stream().mapToInt(r -> r.change.computeSize(SWT.DEFAULT, SWT.DEFAULT).x).max().orElse(SWT.DEFAULT);
		rows.forEach(r -> GridDataFactory.swtDefaults().hint(boxes, SWT.DEFAULT).applyTo(r.change));
		return area;
	}

	private static Composite section(Composite form, String text) {
		Group group = new Group(form, SWT.NONE);
		group.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		// tick box, field (with room for its error decoration), what the selection has now
		GridLayoutFactory.swtDefaults().numColumns(3).spacing(12, 6).applyTo(group);
		return group;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validate();
	}

	/** What the ticked fields say, or the first problem as an exception naming its field. */
	BulkChanges changes() {
		BulkChanges changes = new BulkChanges();
		for (Row row : rows) {
			if (row.ticked()) {
				row.addTo(changes);
			}
		}
		return changes;
	}

	private void validate() {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok == null) {
			return;
		}
		String problem = null;
		for (Row row : rows) {
			String rowProblem = row.problem();
			row.decorate(rowProblem);
			if (problem == null) {
				problem = rowProblem;
			}
		}
		if (problem == null) {
			try {
				changes(); // what only the fields together can say: a tag both added and removed
			} catch (IllegalArgumentException e) {
				problem = e.getMessage();
			}
		}
		setErrorMessage(problem);
		boolean anything = rows.stream().anyMatch(Row::ticked);
		if (problem == null) {
			setMessage(anything ? "OK changes the ticked fields on all " + title + " in one step (Edit > Undo takes it back)."
					: "Tick the fields to change (or just type in them); the others stay as each one has them. "
							+ "In brackets: how many have each value now.");
		}
		ok.setEnabled(problem == null && anything);
	}

	@Override
	protected void okPressed() {
		try {
			result = changes();
		} catch (IllegalArgumentException e) {
			setErrorMessage(e.getMessage());
			return;
		}
		super.okPressed();
	}

	/** The changes to make, after OK. */
	public BulkChanges result() {
		return result;
	}

	// ---- reading typed values, each error naming the field

	static int whole(String field, String text, long min, long max, String hint) {
		try {
			long value = Long.parseLong(text.trim());
			if (value >= min && value <= max) {
				return (int) value;
			}
		} catch (NumberFormatException e) {
			// reported below, with the range
		}
		throw new IllegalArgumentException(field + ": '" + text.trim() + "' is not a whole number from " + min + " to " + max
				+ (hint.isEmpty() ? "" : "; " + hint));
	}

	static Integer timeout(String field, String text) {
		if (text.isBlank()) {
			return null;
		}
		return whole(field, text, BulkChanges.MIN_TIMEOUT, BulkChanges.MAX_TIMEOUT, "give seconds, or nothing to leave each host's value");
	}

	static List<String> words(String text) {
		return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
	}

	/** "software (180), hardware (20)"; "22" when every one has it; the rest as "and 3 more". */
	static String describe(Map<Object, Integer> values, Function<Object, String> text) {
		if (values.isEmpty()) {
			return "";
		}
		if (values.size() == 1) {
			return "now: " + text.apply(values.keySet().iterator().next()) + " (all)";
		}
		List<String> parts = new ArrayList<>();
		values.entrySet().stream().sorted(Map.Entry.<Object, Integer>comparingByValue().reversed()).limit(SHOWN_VALUES)
				.forEach(e -> parts.add(text.apply(e.getKey()) + " (" + e.getValue() + ")"));
		String shown = "now: " + String.join(", ", parts);
		return values.size() > SHOWN_VALUES ? shown + " and " + (values.size() - SHOWN_VALUES) + " more" : shown;
	}

	/** "edge (67), lab (all)": each tag with how many of the hosts carry it. */
	static String tags(CurrentValues now) {
		if (now.tags().isEmpty()) {
			return "now: no tags";
		}
		List<String> parts = new ArrayList<>();
		now.tags().entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(SHOWN_VALUES)
				.forEach(e -> parts.add(e.getKey() + " (" + (e.getValue() == now.hostCount() ? "all" : e.getValue()) + ")"));
		String shown = "now: " + String.join(", ", parts);
		return now.tags().size() > SHOWN_VALUES ? shown + " and " + (now.tags().size() - SHOWN_VALUES) + " more" : shown;
	}

	static String valueText(Object value) {
		if (value == CurrentValues.Unset.UNSET) {
			return "not set";
		}
		if (value instanceof Boolean on) {
			return on ? "on" : "off";
		}
		return value instanceof OffloadMode mode ? mode.getLiteral() : String.valueOf(value);
	}

	// ---- rows

	/** One field: its tick box, its control, what the selection has now. */
	private abstract class Row {
		final String key;
		final Button change;
		final Label current;
		ControlDecoration decoration;
		/** True while the field is put back to what the selection has: that is no touch. */
		boolean resetting;

		Row(Composite parent, String key, String label) {
			this.key = key;
			change = new Button(parent, SWT.CHECK);
			change.setText(label);
			change.setData(TEST_ID, "editSelected." + key + ".change");
			change.addListener(SWT.Selection, e -> {
				if (!change.getSelection()) {
					// unticked: the field shows what the selection has again, as nothing will change there
					resetting = true;
					try {
						reset();
					} finally {
						resetting = false;
					}
				}
				validate();
			});
			current = new Label(parent, SWT.NONE);
			current.setData(TEST_ID, "editSelected." + key + ".now");
		}

		/** Puts the control between the tick box and the label; called by subclasses once made. */
		void place(Control control) {
			control.moveBelow(change);
			GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).indent(8, 0).applyTo(control);
			decoration = new ControlDecoration(control, SWT.LEFT | SWT.CENTER);
			decoration.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR)
					.getImage());
			decoration.hide();
		}

		boolean ticked() {
			return change.getSelection() && change.isEnabled();
		}

		/** The user touched the field: it is to change. */
		void touched() {
			if (resetting) {
				return;
			}
			change.setSelection(true);
			validate();
		}

		String problem() {
			if (!ticked()) {
				return null;
			}
			try {
				addTo(new BulkChanges());
				return null;
			} catch (IllegalArgumentException e) {
				return e.getMessage();
			}
		}

		void decorate(String problem) {
			if (problem == null) {
				decoration.hide();
			} else {
				decoration.setDescriptionText(problem);
				decoration.show();
			}
		}

		void disable(String why) {
			change.setEnabled(false);
			current.setText(why);
			enableControl(false);
		}

		abstract void enableControl(boolean enabled);

		/** Shows what the selection has now, as when the dialog opened. */
		abstract void reset();

		/** Adds the field's value to {@code changes}; throws naming the field when it is not valid. */
		abstract void addTo(BulkChanges changes);
	}

	/** A value chosen from a few (radio buttons: one click, arrow keys between them). */
	private final class Choice<T> extends Row {
		private final Composite buttons;
		private final List<T> values;
		/** What the selection has, each value with how many have it. */
		private final Map<Object, Integer> counts;
		private final java.util.function.BiConsumer<BulkChanges, T> apply;

		Choice(Composite parent, String key, String label, List<T> values, Function<T, String> text,
				Map<Object, Integer> current, java.util.function.BiConsumer<BulkChanges, T> apply) {
			super(parent, key, label);
			this.values = values;
			this.apply = apply;
			buttons = new Composite(parent, SWT.NONE);
			buttons.setData(TEST_ID, "editSelected." + key);
			GridLayoutFactory.fillDefaults().numColumns(values.size()).spacing(14, 0).applyTo(buttons);
			this.counts = current;
			for (T value : values) {
				Button radio = new Button(buttons, SWT.RADIO);
				radio.setText(text.apply(value));
				radio.setData(TEST_ID, "editSelected." + key + "." + radio.getText().replace(' ', '-'));
				radio.addListener(SWT.Selection, e -> {
					if (radio.getSelection()) {
						touched();
					}
				});
			}
			reset();
			place(buttons);
			this.current.setText(describe(current, EditSelectedDialog::valueText));
		}

		@Override
		void reset() {
			Object common = CurrentValues.common(counts);
			Control[] radios = buttons.getChildren();
			for (int i = 0; i < radios.length; i++) {
				T value = values.get(i);
				// a sysctl left unset shows as "leave each host's"; mixed values select nothing
				((Button) radios[i]).setSelection(counts.size() == 1
						&& (value == null ? common == CurrentValues.Unset.UNSET : value.equals(common)));
			}
		}

		@Override
		void enableControl(boolean enabled) {
			for (Control radio : buttons.getChildren()) {
				radio.setEnabled(enabled);
			}
		}

		@Override
		void addTo(BulkChanges changes) {
			Control[] radios = buttons.getChildren();
			for (int i = 0; i < radios.length; i++) {
				if (((Button) radios[i]).getSelection()) {
					apply.accept(changes, values.get(i));
					return;
				}
			}
			throw new IllegalArgumentException(change.getText().replace("&", "").replace(":", "")
					+ ": choose one of " + String.join(", ", Arrays.stream(radios).map(r -> ((Button) r).getText()).toList()));
		}
	}

	/** A typed value; shows the common value, or a hint when the selection's values differ. */
	private final class Typed extends Row {
		private final Text text;
		private final String initial;
		private final java.util.function.BiConsumer<BulkChanges, String> apply;

		Typed(Composite parent, String key, String label, Map<Object, Integer> current, String mixedHint,
				java.util.function.BiConsumer<BulkChanges, String> apply) {
			this(parent, key, label, current, mixedHint, describe(current, EditSelectedDialog::valueText), apply);
		}

		/** {@code shown}: what the label beside it says (tags: the hosts' tags, while the field starts empty). */
		Typed(Composite parent, String key, String label, Map<Object, Integer> current, String mixedHint, String shown,
				java.util.function.BiConsumer<BulkChanges, String> apply) {
			super(parent, key, label);
			this.apply = apply;
			text = new Text(parent, SWT.BORDER | SWT.SINGLE);
			text.setData(TEST_ID, "editSelected." + key);
			Object common = CurrentValues.common(current);
			initial = common != null && common != CurrentValues.Unset.UNSET ? String.valueOf(common) : "";
			text.setText(initial);
			if (initial.isEmpty()) {
				text.setMessage(current.size() > 1 ? mixedHint : common == CurrentValues.Unset.UNSET ? "not set" : mixedHint);
			}
			// set before listening: showing what the selection has is not a change
			text.addModifyListener(e -> touched());
			place(text);
			this.current.setText(shown);
		}

		@Override
		void enableControl(boolean enabled) {
			text.setEnabled(enabled);
		}

		@Override
		void reset() {
			text.setText(initial);
		}

		@Override
		void addTo(BulkChanges changes) {
			apply.accept(changes, text.getText());
		}
	}
}
