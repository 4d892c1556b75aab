pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Backend

// The timeline on a landscape screen: time runs to the right, one lane per track, eras and
// years above. The lanes' names stand still at the left and the events pass beside them, not
// under them; every lane is as tall as its tallest card needs.
Item {
    id: view

    // Wider at larger text, so that cards grow less tall and the lanes still fit the screen.
    readonly property real columnWidth: 600 * Theme.unit * Math.max(1, Theme.textScale)
    readonly property real laneNameWidth: 230 * Theme.unit
    readonly property real eraHeight: Theme.captionSize * 1.8
    readonly property real axisHeight: eraHeight + Theme.yearSize * 1.4 + Theme.gap / 2
    readonly property int lanes: Math.max(1, Exhibition.trackCount)
    // What each lane needs for its tallest card; the height left over is shared among them.
    property var needs: []
    readonly property var laneHeights: {
        const needed = [];
        for (let lane = 0; lane < lanes; ++lane)
            needed.push(Math.max(needs[lane] ?? 0, 140 * Theme.unit) + Theme.gap / 2);
        const spare = height - axisHeight - needed.reduce((a, b) => a + b, 0);
        return needed.map(h => h + Math.max(0, Math.min(spare / lanes, 120 * Theme.unit)));
    }

    // From one lane's top to the next. Where the lanes do not fit the screen (the largest text)
    // they overlap: each event has a column of its own, so cards of neighbouring lanes never
    // meet, and every lane stays in sight instead of the last going below the fold.
    readonly property var lanePitch: {
        const total = laneHeights.reduce((a, b) => a + b, 0);
        const room = height - axisHeight;
        if (total <= room || lanes < 2)
            return laneHeights;
        const last = laneHeights[lanes - 1];
        const shrink = Math.max((room - last) / (total - last), 0.35);
        return laneHeights.map((h, lane) => lane < lanes - 1 ? h * shrink : h);
    }

    function laneTop(lane: int): real {
        let top = 0;
        for (let i = 0; i < lane; ++i)
            top += lanePitch[i];
        return top;
    }

    // The cards are made only for the events in and near sight (the list below), so the lanes
    // are sized by measuring, with cards never shown, the events whose texts are longest in
    // each lane (Exhibition.tallestEvents), and by every card made since the texts last
    // changed: a lane grows if a card in sight needs more, and never shrinks under one.
    property var seen: []

    function measure() {
        const made = seen.slice();
        for (const child of flick.contentItem.children) {
            for (const inner of child.children) {
                const card = inner as EventCard;
                if (card)
                    made[card.lane] = Math.max(made[card.lane] ?? 0, card.implicitHeight);
            }
        }
        const tallest = made.slice();
        for (let i = 0; i < measured.count; ++i) {
            const card = measured.itemAt(i) as EventCard;
            if (card)
                tallest[card.lane] = Math.max(tallest[card.lane] ?? 0, card.implicitHeight);
        }
        seen = made;
        needs = tallest;
    }
    function remeasure() {
        seen = [];
        Qt.callLater(measure);
    }

    // Other texts, or another size of them: what was seen no longer holds.
    readonly property real lettering: Theme.textScale * Theme.unit
    onLetteringChanged: remeasure()
    onColumnWidthChanged: remeasure()
    Connections {
        target: Exhibition
        function onTextChanged() {
            view.remeasure();
        }
    }

    Item {
        visible: false

        Repeater {
            id: measured
            model: Exhibition.tallestEvents

            EventCard {
                required property string title
                required property string date
                required property string place
                required property string thumb
                width: view.columnWidth - Theme.gap
                height: view.laneHeights[lane] - Theme.gap / 2
                heading: title
                when: date
                where: place
                pictured: thumb !== ""
                onImplicitHeightChanged: Qt.callLater(view.measure)
                Component.onCompleted: Qt.callLater(view.measure)
            }
        }
    }

    Item {
        // The lanes' names, moving up and down with the lanes but never sideways.
        id: laneNames
        width: view.laneNameWidth
        height: parent.height
        clip: true

        Column {
            y: view.axisHeight - flick.contentY
            width: parent.width

            Repeater {
                model: Exhibition.tracks

                Item {
                    required property string title
                    required property int lane
                    width: laneNames.width
                    height: view.lanePitch[lane] ?? 0

                    Text {
                        anchors.verticalCenter: parent.verticalCenter
                        width: parent.width - Theme.gap
                        text: parent.title
                        textFormat: Text.PlainText
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                        color: Theme.accent
                        font.family: Theme.bodyFont
                        font.pixelSize: Theme.smallSize
                        font.weight: Font.DemiBold
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }

    ListView {
        id: flick
        objectName: "timeline"
        anchors.left: laneNames.right
        anchors.right: parent.right
        height: parent.height
        orientation: ListView.Horizontal
        spacing: Theme.gap
        // Cards are made a screen ahead either way, so that a flick rarely waits for one;
        // from the frame after the first, which then shows the cards in sight alone sooner.
        cacheBuffer: ahead.done ? Math.max(0, Math.ceil(width)) : 0
        model: Exhibition.events
        currentIndex: -1
        contentHeight: Math.max(height, view.axisHeight + view.laneTop(view.lanes - 1)
                                        + (view.laneHeights[view.lanes - 1] ?? 0))
        flickableDirection: Flickable.AutoFlickIfNeeded
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        Item {
            // Eras and years, moving with the cards (a list's own children do not).
            id: axis
            parent: flick.contentItem
            width: flick.contentWidth
            height: view.axisHeight

            Repeater {
                model: Exhibition.eras

                Rectangle {
                    id: era
                    required property string title
                    required property int first
                    required property int last
                    x: first * view.columnWidth
                    width: (last - first + 1) * view.columnWidth - Theme.gap
                    height: view.eraHeight
                    radius: Theme.radius
                    color: Theme.surface

                    Text {
                        // The era's name stays in sight while any of its bar is.
                        x: Math.max(Theme.gap / 2, Math.min(flick.contentX - era.x + Theme.gap / 2,
                                                            era.width - implicitWidth - Theme.gap / 2))
                        width: Math.min(implicitWidth, era.width - Theme.gap)
                        height: parent.height
                        verticalAlignment: Text.AlignVCenter
                        text: parent.title
                        textFormat: Text.PlainText
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                        color: Theme.textMuted
                        font.family: Theme.bodyFont
                        font.pixelSize: Theme.captionSize
                        elide: Text.ElideRight
                    }
                }
            }
            Rectangle {
                y: axis.height - Theme.gap / 2
                width: parent.width
                height: Math.max(1, 2 * Theme.unit)
                color: Theme.line
            }
        }

        // Room after the last event so that, scrolled to the end, the first column shown
        // starts at the lanes' names instead of showing a sliver of a card there.
        footer: Item {
            readonly property real events: Exhibition.eventCount * view.columnWidth
            readonly property real over: events - flick.width
            width: Theme.gap + (over <= 0 ? 0 : (view.columnWidth - over % view.columnWidth)
                                                % view.columnWidth)
            height: 1
        }

        // A column of the timeline: the list sets its items' height axis to zero, so the card
        // stands in its lane inside it.
        delegate: Item {
            id: column
            required property string slug
            required property string title
            required property string date
            required property string place
            required property string thumb
            required property bool thumbSample
            required property int lane
            required property bool startsYear
            required property string year
            width: view.columnWidth - Theme.gap
            height: flick.contentHeight

            // The year above the first event of each year, made with its column: made all at
            // once on the axis, a long chronology's 84 years took a third of a tap's budget.
            Text {
                objectName: column.startsYear ? "year-" + column.year : ""
                y: view.axisHeight - Theme.gap * 0.4 - height
                text: !column.startsYear ? "" : column.year !== "" ? column.year : qsTr("Undated")
                textFormat: Text.PlainText
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                color: Theme.text
                font.family: Theme.titleFont
                font.pixelSize: Theme.yearSize
            }

            EventCard {
                id: card
                objectName: "eventCard-" + column.slug
                y: view.axisHeight + view.laneTop(lane) + Theme.gap / 4
                width: parent.width
                height: view.laneHeights[lane] - Theme.gap / 2
                lane: column.lane
                heading: column.title
                when: column.date
                where: column.place
                picture: column.thumb
                pictureSample: column.thumbSample
                onImplicitHeightChanged: Qt.callLater(view.measure)  // once for all the cards
                Component.onCompleted: Qt.callLater(view.measure)
                onTapped: Navigator.open(Navigator.Event, column.slug)
            }
        }
    }

    Timer {
        id: ahead
        property bool done: false
        interval: 50
        running: true
        onTriggered: done = true
    }

    ScrollHint {
        flickable: flick
    }
    Rectangle {
        // More to the right: the cards fade out at the edge, as a page's foot does below (not
        // in high contrast, which keeps every letter whole: the cut card says it goes on).
        objectName: "moreRight"
        anchors.right: parent.right
        y: view.axisHeight
        width: 96 * Theme.unit
        height: Math.min(flick.height, flick.contentHeight - flick.contentY) - y
        visible: !flick.atXEnd && !Theme.contrast
        gradient: Gradient {
            orientation: Gradient.Horizontal
            GradientStop {
                position: 0
                color: Theme.fade(Theme.background, 0)
            }
            GradientStop {
                position: 1
                color: Theme.background
            }
        }
    }
}
