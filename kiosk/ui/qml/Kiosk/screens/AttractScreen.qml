pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Backend

// The attract loop: highlights cross-fade slowly under the exhibition's title, and an
// invitation in every language. Any touch begins a visit.
Rectangle {
    id: attract
    objectName: "attractScreen"

    property int current: 0
    readonly property int slides: Exhibition.highlightCount

    // Another snapshot may bring fewer pictures: start again from its first.
    onSlidesChanged: current = 0

    color: Theme.background
    Accessible.role: Accessible.Button
    Accessible.name: Exhibition.title + ". " + qsTranslate("AttractScreen", invitation)
    Accessible.onPressAction: Navigator.home()

    Repeater {
        id: slideshow
        model: Exhibition.highlights

        Item {
            id: slide
            required property int index
            required property string display
            required property string caption
            required property bool sample
            anchors.fill: parent
            opacity: index === attract.current ? 1 : 0
            visible: opacity > 0
            // Only the slide shown, the one fading out and the next are decoded: each is a
            // screenful of pixels (some 10 MB), and a loop may have dozens.
            readonly property bool decoded: visible || index === (attract.current + 1) % attract.slides

            Behavior on opacity {
                NumberAnimation {
                    duration: Theme.slideFadeMs
                    easing.type: Easing.InOutQuad
                }
            }
            Picture {
                width: parent.width
                height: parent.height
                path: slide.decoded ? slide.display : ""
                caption: slide.caption
                color: "transparent"
            }
            Row {
                objectName: "slideCaption"
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: Theme.margin
                spacing: Theme.gap / 2
                z: 2

                SampleBadge {
                    visible: slide.sample
                    anchors.verticalCenter: parent.verticalCenter
                }
                Text {
                    textFormat: Text.PlainText
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                    anchors.verticalCenter: parent.verticalCenter
                    width: Math.min(implicitWidth, attract.width * 0.4)
                    text: slide.caption
                    color: Theme.text
                    font.family: Theme.bodyFont
                    font.pixelSize: Theme.captionSize
                    wrapMode: Text.Wrap
                    style: Text.Raised
                    styleColor: Theme.textShadow
                }
            }
        }
    }

    Timer {
        running: attract.slides > 1 && attract.visible
        interval: Theme.slideHoldMs
        repeat: true
        onTriggered: attract.current = (attract.current + 1) % attract.slides
    }

    Rectangle {
        anchors.fill: parent
        gradient: Gradient {
            GradientStop {
                position: 0.0
                color: Theme.fade(Theme.background, 0.1)
            }
            GradientStop {
                position: 0.5
                color: Theme.fade(Theme.background, 0.3)
            }
            GradientStop {
                position: 1.0
                color: Theme.fade(Theme.background, 0.86)
            }
        }
    }

    Column {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin * 1.5
        spacing: Theme.gap

        Rectangle {
            width: 120 * Theme.unit
            height: 4 * Theme.unit
            color: Theme.accent
        }
        Text {
            objectName: "exhibitionTitle"
            textFormat: Text.PlainText
            Accessible.role: Accessible.StaticText
            Accessible.name: text
            width: Math.min(parent.width, 1500 * Theme.unit)
            text: Exhibition.title
            color: Theme.text
            font.family: Theme.titleFont
            font.pixelSize: Theme.displaySize
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "exhibitionSubtitle"
            textFormat: Text.PlainText
            Accessible.role: Accessible.StaticText
            Accessible.name: text
            width: parent.width
            text: Exhibition.subtitle
            color: Theme.text
            font.family: Theme.bodyFont
            font.pixelSize: Theme.subtitleSize
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "venue"
            textFormat: Text.PlainText
            Accessible.role: Accessible.StaticText
            Accessible.name: text
            width: parent.width
            text: Exhibition.venue
            color: Theme.textMuted
            font.family: Theme.bodyFont
            font.pixelSize: Theme.venueSize
            wrapMode: Text.Wrap
        }
        Item {
            width: 1
            height: Theme.gap
        }
        Flow {
            objectName: "touchToBegin"
            width: parent.width
            spacing: Theme.gap * 1.5

            Repeater {
                model: Visit.inEveryLanguage("AttractScreen", "Touch to begin")

                Text {
                    textFormat: Text.PlainText
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                    required property string modelData
                    text: modelData
                    color: Theme.accent
                    font.family: Theme.bodyFont
                    font.pixelSize: Theme.inviteSize
                    font.weight: Font.DemiBold
                }
            }
            SequentialAnimation on opacity {
                loops: Animation.Infinite
                running: attract.visible && !Theme.motionless
                NumberAnimation {
                    to: 0.55
                    duration: 1800
                    easing.type: Easing.InOutSine
                }
                NumberAnimation {
                    to: 1
                    duration: 1800
                    easing.type: Easing.InOutSine
                }
            }
        }
    }

    // Used in QML only through Visit.inEveryLanguage; listed here so lupdate finds it.
    readonly property string invitation: QT_TRANSLATE_NOOP("AttractScreen", "Touch to begin")

    TapHandler {
        objectName: "beginTap"
        onTapped: Navigator.home()
    }
}
